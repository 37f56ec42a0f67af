import type { APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storySystemName } from '../agency/story-answers.ts';
import { andWaitForReply, clickQuickReply } from './chat-actions.ts';
import { checkAccessibility } from './check-accessibility.ts';
import { openChatPage } from './open-chat-page.ts';
import { answerStoryViaApi } from './register-answer-via-api.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

type ReviewShape = { review: { items: Array<{ questionId: string; carriedOver?: string }> } | null };

/** A signed risk assessment of a registered system, and its reassessment, through the HTTP API. */
async function startReassessment(request: APIRequestContext, baseUrl: string): Promise<string> {
  const post = async (path: string, data?: unknown) => {
    const response = await request.post(
      new URL(path, baseUrl).toString(),
      data === undefined ? {} : { data },
    );
    expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
    return (await response.json()) as { id?: string; sessionId?: string };
  };
  const system = await post('/api/systems', { name: storySystemName, sourcing: 'procured' });
  const { sessionId } = await post('/api/sessions', { systemId: system.id });
  if (sessionId === undefined) throw new Error('no session was started');
  await post(`/api/sessions/${sessionId}/messages`, { action: 'begin' });
  await answerStoryViaApi(request, baseUrl, sessionId, 'first');
  await post(`/api/sessions/${sessionId}/messages`, { action: 'submit' });
  await post(`/api/sessions/${sessionId}/sign-off`, { decision: 'approved', signatoryName: 'Sam Local' });
  const again = await post(`/api/sessions/${sessionId}/reassess`);
  if (again.sessionId === undefined) throw new Error('no reassessment was started');
  return again.sessionId;
}

describe('chat page: answers carried over by a reassessment', () => {
  it('offers "Keep" as an answer and marks carried answers still to confirm in the review list, in words', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    const sessionId = await startReassessment(context.request, harness.server.url);
    await page.goto(new URL(`/?session=${sessionId}`, harness.server.url).toString());
    await page.waitForFunction(
      () => Number(document.getElementById('transcript')?.dataset.replyCount ?? '0') > 0,
    );

    // Keeping is the likely answer: drawn with the answers, first, as they are, not as a tool.
    const keep = page.locator('#quick-replies [data-action="carry:keep:system-name"]');
    expect(await keep.textContent()).toBe(`Keep: ${storySystemName}`);
    expect(await keep.getAttribute('class')).toBe('button');
    const answers = page.locator('#quick-replies [role="group"]').first();
    expect(await answers.getAttribute('aria-label')).toBe('Answers');
    expect(await answers.locator('button').first().getAttribute('data-action')).toBe(
      'carry:keep:system-name',
    );
    await andWaitForReply(page, () => keep.click());
    await clickQuickReply(page, 'Review answers');

    await page.locator('#panel-title', { hasText: 'Review your answers' }).waitFor();
    const kept = page.locator('#panel [data-question="system-name"] .review__answer');
    expect(await kept.textContent()).toBe(storySystemName);
    // The server's own words for the carried answer, read back without changing the session.
    const resumed = await context.request.post(
      new URL(`/api/sessions/${sessionId}/messages`, harness.server.url).toString(),
      { data: { action: 'where-was-i' } },
    );
    const { review } = (await resumed.json()) as ReviewShape;
    const carried = review?.items.find((item) => item.questionId === 'system-purpose')?.carriedOver;
    expect(carried).toBeTruthy();
    const purpose = page.locator('#panel [data-question="system-purpose"] .review__answer');
    expect(await purpose.textContent()).toBe(`Carried over, not yet confirmed: ${carried}`);
    expect(await page.locator('#panel .review__answer--carried').count()).toBe(
      review?.items.filter((item) => item.carriedOver !== undefined).length,
    );
    expect(await checkAccessibility(page)).toEqual([]);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
