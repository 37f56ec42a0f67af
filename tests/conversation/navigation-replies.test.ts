import { describe, expect, it } from 'vitest';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

describe('navigation replies', () => {
  it('"Back to where I was" from a review opened after question 1 returns to question 2 (it jumped to 40)', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const second = await send(assistant, sessionId, { text: 'Face matcher pilot' });
    expect(second.question?.id).toBe('system-purpose');
    const review = await send(assistant, sessionId, { action: 'review' });
    const backButton = review.quickReplies.find((reply) => reply.id === 'nav:back');
    expect(backButton?.label).toBe('Back to where I was');
    const returned = await send(assistant, sessionId, { action: 'nav:back' });
    expect(returned.question?.id).toBe('system-purpose');
    const typed = await send(assistant, sessionId, { action: 'review' });
    expect(typed.state).toBe('risk.review');
    expect((await send(assistant, sessionId, { text: 'back to where I was' })).question?.id).toBe(
      'system-purpose',
    );
  });

  it('offers "Next unanswered question" on an answered question and goes there, typed or clicked', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const first = await send(assistant, sessionId, { action: 'start:risk' });
    expect(first.quickReplies.map((reply) => reply.id)).not.toContain('nav:next-unanswered');
    await send(assistant, sessionId, { text: 'Face matcher pilot' });
    await send(assistant, sessionId, { action: 'answer:system-purpose:identification' });
    await send(assistant, sessionId, { action: 'nav:back' });
    const back = await send(assistant, sessionId, { action: 'nav:back' });
    expect(back.question?.id).toBe('system-name');
    const button = back.quickReplies.find((reply) => reply.id === 'nav:next-unanswered');
    expect(button?.label).toBe('Next unanswered question');
    const clicked = await send(assistant, sessionId, { action: 'nav:next-unanswered' });
    expect(clicked.question?.id).toBe('lifecycle-stage');
    await send(assistant, sessionId, { action: 'nav:back' });
    const typed = await send(assistant, sessionId, { text: 'next unanswered question' });
    expect(typed.question?.id).toBe('lifecycle-stage');
  });

  it('offers it in the review while questions are unanswered', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const review = await send(assistant, sessionId, { action: 'review' });
    expect(review.quickReplies.map((reply) => reply.id)).toContain('nav:next-unanswered');
    const next = await send(assistant, sessionId, { action: 'nav:next-unanswered' });
    expect(next.question?.id).toBe('system-name');
  });

  it('says at the start how long the questionnaire is and that it can be resumed', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const started = await send(assistant, sessionId, { action: 'start:risk' });
    const text = started.messages.map((message) => message.text).join('\n');
    expect(text).toMatch(/up to 81 questions, about \d+ minutes; you can stop and resume at any time/);
    // Back from the first question shows the introduction again, with the same length.
    const intro = await send(assistant, sessionId, { action: 'nav:back' });
    expect(intro.messages.at(-1)?.text).toContain('up to 81 questions, about 25 minutes');
    const resumed = await send(assistant, sessionId, { action: 'begin' });
    expect(resumed.question?.id).toBe('system-name');
  });

  it('says on resume how much is left', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    await send(assistant, sessionId, { text: 'Face matcher pilot' });
    await send(assistant, sessionId, { action: 'answer:system-purpose:identification' });
    await send(assistant, sessionId, { action: 'menu' });
    const resumed = await send(assistant, sessionId, { action: 'start:risk' });
    expect(resumed.messages[0]?.text).toMatch(
      /picking up where you left off\. Up to 7\d questions left, about \d+ minutes\./,
    );
  });
});
