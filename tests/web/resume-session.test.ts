import { describe, expect, it } from 'vitest';
import { answerWithFirstOption, clickQuickReply, currentQuestion, replyCount } from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

describe('chat page: resuming a session', () => {
  it('redraws the conversation after a reload and continues at the same question', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await clickQuickReply(page, /risk/i);
    await answerWithFirstOption(page);
    await answerWithFirstOption(page);
    const question = await currentQuestion(page);
    const progress = await page.locator('#progress-label').textContent();
    const sessionId = new URL(page.url()).searchParams.get('session');
    const messagesBefore = await page.locator('#transcript .message').count();

    await page.reload();
    await page.getByText('Welcome back').waitFor();
    await page.waitForFunction(() => Number(document.getElementById('transcript')?.dataset.replyCount) >= 1);
    expect(new URL(page.url()).searchParams.get('session')).toBe(sessionId);
    expect(await currentQuestion(page)).toBe(question);
    expect(await page.locator('#progress-label').textContent()).toBe(progress);
    expect(await page.locator('#transcript .message').count()).toBeGreaterThan(messagesBefore);
    expect(await page.locator('#quick-replies [data-action="explain"]').count()).toBe(1);

    // Reopening the bare address resumes too: the id is also kept in localStorage. Earlier
    // resumes are not drawn again: the question appears once more, not once per reload.
    const questionsShown = await page.locator('#transcript .message--question').count();
    await page.goto(harness.server.url);
    await page.getByText('Welcome back').waitFor();
    await page.waitForFunction(() => Number(document.getElementById('transcript')?.dataset.replyCount) >= 1);
    expect(new URL(page.url()).searchParams.get('session')).toBe(sessionId);
    expect(await page.locator('#transcript .message--question').count()).toBe(questionsShown);
    expect(await page.getByText('where-was-i').count()).toBe(0);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });

  it('starts a fresh session and says so when the saved one no longer exists', async () => {
    const unknownId = 'A'.repeat(43);
    const { page, context } = await openChatPage(harness.browser, harness.server.url, {
      path: `/?session=${unknownId}`,
    });
    await page.getByText('could not be found').waitFor();
    await page.locator('.message--greeting').first().waitFor();
    expect(await replyCount(page)).toBe(1);
    const sessionId = new URL(page.url()).searchParams.get('session');
    expect(sessionId).toBeTruthy();
    expect(sessionId).not.toBe(unknownId);
    await context.close();
  });
});
