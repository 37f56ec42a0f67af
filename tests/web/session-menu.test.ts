import { describe, expect, it } from 'vitest';
import { andWaitForReply, answerWithFirstOption, clickQuickReply, currentQuestion } from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

describe('chat page: Start over', () => {
  it('confirms before clearing the questionnaire, then asks its first question again', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await clickQuickReply(page, /risk/i);
    const firstQuestion = await currentQuestion(page);
    await answerWithFirstOption(page);
    await answerWithFirstOption(page);
    const progress = await page.locator('#progress-label').textContent();

    await page.getByRole('button', { name: 'Start over' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start this questionnaire again?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('#progress-label').textContent()).toBe(progress);

    await page.getByRole('button', { name: 'Start over' }).click();
    await andWaitForReply(page, () => dialog.getByRole('button', { name: 'Start again' }).click());
    expect(await currentQuestion(page)).toBe(firstQuestion);
    expect(await page.locator('#progress-label').textContent()).toMatch(/^Question 1 of /);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});

describe('chat page: Delete my data', () => {
  it('asks for confirmation in a dialog, deletes the session and starts an empty one', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await clickQuickReply(page, /risk/i);
    await answerWithFirstOption(page);
    const oldSessionId = new URL(page.url()).searchParams.get('session');

    await page.getByRole('button', { name: 'Delete my data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete my data?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const stillThere = await context.request.get(
      new URL(`/api/sessions/${oldSessionId}`, harness.server.url).toString(),
    );
    expect(stillThere.status()).toBe(200);

    await page.getByRole('button', { name: 'Delete my data' }).click();
    await dialog.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByText('Your data was deleted').waitFor();
    const newSessionId = new URL(page.url()).searchParams.get('session');
    expect(newSessionId).toBeTruthy();
    expect(newSessionId).not.toBe(oldSessionId);
    expect(await page.locator('#transcript .message--user').count()).toBe(0);
    expect(await page.locator('#transcript .message--question').count()).toBe(0);
    const gone = await context.request.get(
      new URL(`/api/sessions/${oldSessionId}`, harness.server.url).toString(),
    );
    expect(gone.status()).toBe(404);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
