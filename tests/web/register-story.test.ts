import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { risingRisk, storySystemName } from '../agency/story-answers.ts';
import { andWaitForReply, clickQuickReply, currentQuestion, replyCount, sendText } from './chat-actions.ts';
import { checkAccessibility } from './check-accessibility.ts';
import { openChatPage } from './open-chat-page.ts';
import { answerStoryViaApi } from './register-answer-via-api.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

/** Waits until the chat page, opened from the register on a session, has drawn where it stands. */
async function waitForChatOn(page: Page): Promise<string> {
  await page.waitForURL(/\/\?session=/);
  await page.waitForFunction(
    () => Number(document.getElementById('transcript')?.dataset.replyCount ?? '0') > 0,
  );
  return new URL(page.url()).searchParams.get('session') ?? '';
}

/** From the chat page's review panel: submit, and wait for the results. */
async function submitOnChatPage(page: Page): Promise<void> {
  await page.reload();
  await page.locator('#panel-title', { hasText: 'Review your answers' }).waitFor();
  await andWaitForReply(page, () => page.locator('#panel [data-action="submit"]').click());
  await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(/^Your results/);
}

/** The chat page's header link back to the register, then the system's own page. */
async function openSystemFromRegister(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Register' }).click();
  await page.getByRole('heading', { name: 'Register of AI systems' }).waitFor();
  await page.getByRole('link', { name: storySystemName }).click();
  await page.getByRole('heading', { level: 2, name: storySystemName }).waitFor();
}

function assessmentRow(page: Page, name: string) {
  return page.locator('.register-table tbody tr', {
    has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }),
  });
}

describe('register page: the agency story in Chromium, access control off', () => {
  it('registers, assesses, signs off, refuses a change, reassesses after a stage change and shows the rise', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url, {
      path: '/register.html',
    });
    const { request } = context;
    await page.getByRole('heading', { name: 'Register of AI systems' }).waitFor();
    await page.getByText('No systems are registered yet.').waitFor();

    // The API's field error lands under the field it names.
    const form = page.getByRole('form', { name: 'Register a system' });
    await form.getByLabel('Name').fill('   ');
    await form.getByRole('button', { name: 'Register system' }).click();
    const nameError = form.locator('[data-field="name"] .field__error');
    await expect.poll(() => nameError.textContent()).toBe('The system needs a name');
    expect(await form.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
    expect(await checkAccessibility(page)).toEqual([]);

    await form.getByLabel('Name').fill(storySystemName);
    await form.getByLabel('Purpose').fill('Compare suspect images against the custody image database');
    await form.getByLabel('Owner').fill('Head of the innovation unit');
    await form.getByLabel('Who builds it').selectOption('procured');
    await form.getByLabel('Vendor').fill('Example Vision Ltd');
    await form.getByLabel('Life-cycle stage').selectOption('pilot');
    await form.getByRole('button', { name: 'Register system' }).click();
    await page.waitForURL(/register\.html\?system=/);
    const systemUrl = page.url();
    await page.getByRole('heading', { level: 2, name: storySystemName }).waitFor();
    expect(await page.locator('#system-due').textContent()).toContain('No risk assessment yet.');

    // Started on the register page, answered on the chat page (the middle part through the API).
    await page.getByRole('button', { name: 'Start a risk assessment' }).click();
    const firstId = await waitForChatOn(page);
    expect(await currentQuestion(page)).toContain('What is the AI system called?');
    await sendText(page, storySystemName);
    await answerStoryViaApi(request, harness.server.url, firstId, 'first');
    await submitOnChatPage(page);

    await openSystemFromRegister(page);
    const first = assessmentRow(page, 'Assessment 1');
    expect(await first.locator('.assessment-state').textContent()).toBe('Completed, not signed off');
    expect(await checkAccessibility(page)).toEqual([]);

    // Sign-off on the register page.
    // Signed off with the keyboard alone: the link leads to the form's heading, which takes focus
    // (a screen reader says where it went); Tab, the arrow keys and Enter do the rest.
    await page.getByRole('link', { name: 'Sign off Assessment 1' }).focus();
    await page.keyboard.press('Enter');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(focusedText).toBe('Sign off Assessment 1');
    const signOff = page.getByRole('form', { name: 'Sign off Assessment 1' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await signOff.getByLabel('Approved with conditions').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Review the matching threshold before deployment.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sam Local');
    expect(await signOff.getByLabel('Your name').inputValue()).toBe('Sam Local');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#register-status').textContent())
      .toBe('Assessment 1 was signed off: Approved with conditions.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('register-status');
    expect(await first.locator('.assessment-state').textContent()).toBe('Signed off');
    expect(await first.locator('.assessment-sign-off').textContent()).toMatch(
      /^Approved with conditions by Sam Local on /,
    );
    expect(await page.getByRole('form', { name: 'Sign off Assessment 1' }).count()).toBe(0);

    // The chat page refuses a change to the signed assessment with the server's 409 message.
    await page.getByRole('link', { name: 'Open in chat Assessment 1' }).click();
    await waitForChatOn(page);
    // A signed assessment offers no "Change answers"; starting it over is a change all the same.
    expect(await page.locator('#quick-replies').getByRole('button', { name: 'Change answers' }).count()).toBe(
      0,
    );
    await page.getByRole('button', { name: 'Start over' }).click();
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/sessions/${firstId}/messages`) &&
        response.request().method() === 'POST',
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Start again' }).click();
    expect((await answered).status()).toBe(409);
    const refusal = page.locator('.message--error').last();
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/signed off .* by Sam Local .*start a reassessment/i);

    // A stage change on the register page makes the review due.
    await page.goto(systemUrl);
    await page.getByRole('heading', { level: 2, name: storySystemName }).waitFor();
    await page
      .getByRole('form', { name: 'Change the stage or review date' })
      .getByLabel('Life-cycle stage')
      .selectOption('deployment');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('#register-status').textContent()).toBe('The record was saved.');
    expect(await page.locator('#system-due').textContent()).toContain('moved from pilot to deployment');
    await page.goto(new URL('/register.html?due=true', harness.server.url).toString());
    await page.getByRole('link', { name: storySystemName }).waitFor();
    expect(await page.locator('.register-table tbody tr').count()).toBe(1);
    expect(await checkAccessibility(page)).toEqual([]);
    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/register-list.png', fullPage: true });

    // Reassessment from the register page; carried answers kept on the chat page, then through the API.
    await page.goto(systemUrl);
    await page.getByRole('button', { name: 'Reassess Assessment 1' }).click();
    const secondId = await waitForChatOn(page);
    expect(secondId).not.toBe(firstId);
    for (let kept = 0; kept < 2; kept += 1) {
      const keep = page.locator('#quick-replies [data-action^="carry:keep:"]');
      expect(await keep.textContent()).toMatch(/^Keep/);
      await clickQuickReply(page, (await keep.textContent()) ?? '');
    }
    expect(await replyCount(page)).toBeGreaterThan(2);
    await answerStoryViaApi(request, harness.server.url, secondId, 'reassessment');
    await submitOnChatPage(page);

    // The changes, on the register page: the function-creep risk went up.
    await openSystemFromRegister(page);
    const second = assessmentRow(page, 'Assessment 2');
    expect(await second.getByRole('rowheader').textContent()).toContain('Reassessment of Assessment 1');
    await page.getByRole('button', { name: 'Changes from Assessment 1 to Assessment 2' }).click();
    const changes = page.locator('#changes');
    const risen = changes.locator(`tr[data-risk="${risingRisk}"]`);
    await risen.waitFor();
    expect(await risen.getAttribute('data-direction')).toBe('up');
    expect(await risen.locator('td').last().textContent()).toBe('Up');
    expect(await changes.locator(`tr[data-question="${risingRisk}-severity"]`).count()).toBe(1);
    expect(await changes.locator('tr[data-question="lifecycle-stage"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('changes-title');
    expect(await checkAccessibility(page)).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/register-system.png', fullPage: true });
    // On a phone the tables scroll inside their own regions; the page itself never scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(await checkAccessibility(page)).toEqual([]);
    await page.setViewportSize({ width: 1000, height: 900 });

    // Both reports: the signed one names the signatory, the new one has the changes section.
    await page.getByRole('link', { name: 'Report of Assessment 1' }).click();
    await page.waitForURL(/\/report\?/);
    const signedReport = (await page.locator('body').textContent()) ?? '';
    expect(signedReport).toContain('Sam Local');
    expect(signedReport).toContain('Approved with conditions');
    await page.goBack();
    await page.getByRole('link', { name: 'Report of Assessment 2' }).click();
    await page.waitForURL(/\/report\?/);
    expect(await page.locator('body').textContent()).toMatch(/Changes since/);

    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
