import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';
import { answerUntilReview, createTestAssistant, newSession, send } from './assistant-fixture.ts';

describe('createAssistant', () => {
  it('greets with the three jobs and starts in the menu', async () => {
    const { assistant } = createTestAssistant();
    const created = await assistant.createSession();
    expect(created.success).toBe(true);
    if (!created.success) return;
    expect(created.data.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.data.reply.state).toBe('menu');
    const ids = created.data.reply.quickReplies.map((reply) => reply.id);
    expect(ids).toEqual(expect.arrayContaining(['start:risk', 'start:readiness', 'ask']));
  });

  it('starts a risk assessment from free text and asks the first question', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const reply = await send(assistant, sessionId, { text: 'Start a risk assessment' });
    expect(reply.state).toBe('risk.asking');
    expect(reply.question?.id).toBe('system-name');
    expect(reply.progress?.answered).toBe(0);
    expect(reply.progress?.total).toBeGreaterThan(10);
  });

  it('picks an option by its number and keeps an invalid answer on the same question', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const second = await send(assistant, sessionId, { text: 'Face matcher for custody images' });
    expect(second.question?.id).toBe('system-purpose');
    const invalid = await send(assistant, sessionId, { text: '99' });
    expect(invalid.question?.id).toBe('system-purpose');
    expect(invalid.messages.some((message) => message.kind === 'error')).toBe(true);
    const third = await send(assistant, sessionId, { text: '1' });
    expect(third.question?.id).not.toBe('system-purpose');
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    const firstOption = second.question?.options[0]?.value;
    expect(view.data.answers.risk?.answers['system-purpose']?.value).toBe(firstOption);
    expect(view.data.answers.risk?.version).toBe('3');
  });

  it('answers "why?" and a Toolkit question with citations, then resumes at the same question', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const why = await send(assistant, sessionId, { text: 'why?' });
    expect(why.question?.id).toBe('system-name');
    const explanation = why.messages.find((message) => message.kind === 'explanation');
    expect(explanation?.citations.length).toBeGreaterThan(0);
    const asked = await send(assistant, sessionId, { text: 'What does proportionality mean?' });
    expect(asked.question?.id).toBe('system-name');
    const answer = asked.messages.find((message) => message.kind === 'answer');
    expect(answer?.citations.map((citation) => citation.id)).toContain('principles-proportionality');
  });

  it('applies the same client message id once and returns the same reply', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const first = await send(assistant, sessionId, { text: 'System A' }, { messageId: 'm-1' });
    const again = await send(assistant, sessionId, { text: 'System A' }, { messageId: 'm-1' });
    expect(again).toEqual(first);
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(
      view.data.transcript.filter((entry) => entry.role === 'user' && entry.text === 'System A'),
    ).toHaveLength(1);
    const reused = await assistant.handleTurn({ sessionId, text: 'Other text', messageId: 'm-1' });
    expect(reused.success).toBe(false);
    if (!reused.success) expect(reused.error.code).toBe('unprocessable');
  });

  it('completes the whole risk assessment, submits, and renders all three report formats', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const first = await send(assistant, sessionId, { action: 'start:risk' });
    const review = await answerUntilReview(assistant, sessionId, first);
    expect(review.state).toBe('risk.review');
    expect(review.review?.items.every((item) => item.answer !== null || !item.required)).toBe(true);
    const done = await send(assistant, sessionId, { action: 'submit' });
    expect(done.state).toBe('risk.completed');
    expect(done.report?.questionnaireId).toBe('risk');
    for (const format of ['json', 'md', 'html'] as const) {
      const report = await assistant.report(sessionId, { format });
      expect(report.success).toBe(true);
      if (report.success) expect(report.data.body.length).toBeGreaterThan(200);
    }
  });

  it('completes the readiness assessment and changes an answer from the review screen', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const first = await send(assistant, sessionId, { action: 'start:readiness' });
    const review = await answerUntilReview(assistant, sessionId, first);
    const done = await send(assistant, sessionId, { action: 'submit' });
    expect(done.state).toBe('readiness.completed');
    const before = done.report?.summary;
    const editable = review.review?.items.find((item) => item.questionId === 'ai-strategy');
    expect(editable).toBeDefined();
    const editing = await send(assistant, sessionId, { action: 'edit:ai-strategy' });
    expect(editing.question?.id).toBe('ai-strategy');
    const lastOption = editing.question?.options.at(-1)?.value;
    // "No" hides the answered follow-up on the strategy, so RAIA asks before applying the change.
    const warned = await send(assistant, sessionId, { action: `answer:ai-strategy:${lastOption}` });
    expect(warned.quickReplies.map((reply) => reply.id)).toEqual(['change:confirm', 'change:keep']);
    const back = await send(assistant, sessionId, { action: 'change:confirm' });
    expect(back.state).toBe('readiness.review');
    const again = await send(assistant, sessionId, { action: 'submit' });
    expect(again.state).toBe('readiness.completed');
    expect(again.report?.summary).toBeDefined();
    expect(typeof before).toBe('string');
  });

  it('applies concurrent messages for one session one after the other, losing none', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const texts = Array.from({ length: 8 }, (_, index) => `what is principle number ${index}?`);
    const replies = await Promise.all(texts.map((text) => assistant.handleTurn({ sessionId, text })));
    expect(replies.every((reply) => reply.success)).toBe(true);
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    const userTexts = view.data.transcript.flatMap((entry) => (entry.role === 'user' ? [entry.text] : []));
    for (const text of texts) expect(userTexts.filter((entry) => entry === text)).toHaveLength(1);
  });

  it('reports a store failure as not saved and keeps every acknowledged answer', async () => {
    const inner = createMemorySessionStore();
    let failSaves = false;
    const store: SessionStore = {
      ...inner,
      save: async (...args) => {
        if (failSaves)
          throw new AppError('store-unavailable', 'Your answer was not saved. Please try again.');
        return inner.save(...args);
      },
    };
    const { assistant } = createTestAssistant({ store });
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    await send(assistant, sessionId, { text: 'Kept system' });
    failSaves = true;
    const failed = await assistant.handleTurn({ sessionId, text: '1' });
    expect(failed.success).toBe(false);
    if (!failed.success) expect(failed.error.code).toBe('store-unavailable');
    failSaves = false;
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.answers['system-name']?.value).toBe('Kept system');
    expect(view.data.answers.risk?.answers['system-purpose']).toBeUndefined();
    expect(view.data.state).toBe('risk.asking');
  });

  it('returns not-found for unknown and deleted sessions', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    expect((await assistant.deleteSession(sessionId)).success).toBe(true);
    const after = await assistant.handleTurn({ sessionId, text: 'hello' });
    expect(after.success).toBe(false);
    if (!after.success) expect(after.error.code).toBe('not-found');
  });
});

describe('createAssistant quick replies', () => {
  it('refuses a button from an earlier question instead of answering the current one', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const purpose = await send(assistant, sessionId, { text: 'System B' });
    const firstButton = purpose.quickReplies[0]?.id ?? '';
    expect(firstButton).toMatch(/^answer:system-purpose:/);
    const next = await send(assistant, sessionId, { action: firstButton });
    expect(next.question?.id).not.toBe('system-purpose');
    const stale = await send(assistant, sessionId, { action: firstButton });
    expect(stale.question?.id).toBe(next.question?.id);
    expect(stale.messages.some((message) => message.kind === 'error')).toBe(true);
    expect(stale.progress?.answered).toBe(next.progress?.answered);
  });
});

describe('createAssistant introductions', () => {
  it('goes back from the first question to the introduction and begins again', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:readiness' });
    const intro = await send(assistant, sessionId, { action: 'nav:back' });
    expect(intro.state).toBe('readiness.intro');
    expect(intro.quickReplies.map((reply) => reply.id)).toContain('begin');
    expect(intro.review).toBeNull();
    const again = await send(assistant, sessionId, { text: "let's begin" });
    expect(again.state).toBe('readiness.asking');
    expect(again.question?.id).toBe('ai-strategy');
  });
});

describe('createAssistant session ids', () => {
  it('refuses to create a session whose id exists, leaving the first untouched', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const again = await assistant.createSession({ sessionId });
    expect(again.success).toBe(false);
    if (!again.success) expect(again.error.code).toBe('conflict');
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.state).toBe('risk.asking');
  });
});

describe('createAssistant review by number', () => {
  it('changes the answer at a position of the review list with "change N", and refuses a missing number', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const first = await send(assistant, sessionId, { action: 'start:readiness' });
    const review = await answerUntilReview(assistant, sessionId, first);
    const items = review.review?.items ?? [];
    expect(items.length).toBeGreaterThan(2);
    const editing = await send(assistant, sessionId, { text: 'change 2' });
    expect(editing.question?.id).toBe(items[1]?.questionId);
    const beyond = await send(assistant, sessionId, { action: 'review' });
    const missing = await send(assistant, sessionId, { text: `change ${items.length + 5}` });
    expect(missing.messages.find((message) => message.kind === 'error')?.text).toContain(
      `There is no answer number ${items.length + 5}`,
    );
    expect(missing.state).toBe(beyond.state);
  });
});
