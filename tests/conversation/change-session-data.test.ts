import { describe, expect, it } from 'vitest';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { storedState } from './review-fixture.ts';

async function started() {
  const { assistant, store } = createTestAssistant();
  const sessionId = await newSession(assistant);
  await send(assistant, sessionId, { action: 'start:readiness' });
  return { assistant, store, sessionId };
}

describe('changeSessionData', () => {
  it('refuses a time that is not a date, before anything is read or saved', async () => {
    const { assistant, store, sessionId } = await started();
    const before = await storedState(store, sessionId);
    const refused = await assistant.addComment(sessionId, {
      questionId: 'ai-strategy',
      text: 'Hi',
      at: 'soon',
    });
    expect(refused.success ? undefined : [refused.error.code, refused.error.message]).toEqual([
      'bad-request',
      '"soon" is not a date and time.',
    ]);
    expect(await storedState(store, sessionId)).toEqual(before);
  });
});

describe('changeSessionData under one lock with turns', () => {
  it('applies a comment and concurrent turns one after the other, losing none', async () => {
    const { assistant, sessionId } = await started();
    const [answered, commented, next] = await Promise.all([
      assistant.handleTurn({ sessionId, action: 'answer:ai-strategy:yes' }),
      assistant.addComment(sessionId, { questionId: 'ai-strategy', text: 'Checked with the CIO.' }),
      assistant.handleTurn({ sessionId, action: 'nav:back' }),
    ]);
    expect([answered.success, commented.success, next.success]).toEqual([true, true, true]);
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.readiness?.answers['ai-strategy']?.value).toBe('yes');
    expect(view.data.review.comments.map((comment) => comment.text)).toEqual(['Checked with the CIO.']);
  });
});
