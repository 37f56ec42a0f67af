import { describe, expect, it } from 'vitest';
import { andWaitForReply, clickQuickReply, replyCount, sendText } from './chat-actions.ts';
import { completeViaApi } from './complete-via-api.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();
const note = 'we have a DPIA and human review of every match';

describe('chat page: notes and evidence', () => {
  it('keeps a typed note with the question, shows it in the review and in the report', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await clickQuickReply(page, /readiness/i);
    await sendText(page, `note: ${note}`);
    const kept = page.locator('.message--info').filter({ hasText: 'Note kept for this question' }).last();
    expect(await kept.textContent()).toContain(note);
    // Still the first question: the note answered nothing.
    expect(await page.locator('.message--question').last().textContent()).toContain('Question 1 of');

    const sessionId = new URL(page.url()).searchParams.get('session') ?? '';
    await completeViaApi(context.request, harness.server.url, sessionId, 'readiness', { submit: false });
    await page.reload();
    await page.getByText('Welcome back. Your earlier conversation').waitFor();
    await page.locator('#panel-title', { hasText: 'Review your answers' }).waitFor();
    expect(await page.locator('#panel .review__note').first().textContent()).toBe(`Note: ${note}`);

    await andWaitForReply(page, () => page.locator('#panel [data-action="submit"]').click());
    const frame = page.locator('.results__report iframe');
    await frame.waitFor();
    await expect
      .poll(async () => {
        const report = page.frames().find((candidate) => candidate.url().includes('/report?'));
        return (await report?.locator('body').textContent()) ?? '';
      })
      .toContain(`Note: ${note}`);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });

  it('counts characters near the limit and keeps an over-long paste in the box instead of cutting it', async () => {
    const { page, context } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    const box = page.locator('#composer-input');
    const paste = 'word '.repeat(1000).trim();
    await box.fill(paste);
    expect(await box.inputValue()).toBe(paste);
    expect(await page.locator('#composer-count').textContent()).toContain(
      '4,999 characters: a message can have at most 4,000.',
    );
    const before = await replyCount(page);
    await box.press('Enter');
    expect(await box.inputValue()).toBe(paste);
    expect(await replyCount(page)).toBe(before);
    expect(await page.locator('.message--user').count()).toBe(0);
    await box.fill('word '.repeat(700).trim());
    expect(await page.locator('#composer-count').textContent()).toBe(
      '3,499 of 4,000 characters a message can have.',
    );
    await context.close();
  });
});
