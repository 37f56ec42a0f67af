import { describe, expect, it } from 'vitest';
import { carriedTexts } from '../../src/conversation/carried-answer-lines.ts';
import { conversationTexts } from '../../src/conversation/conversation-texts.ts';
import { createTestAssistant } from './assistant-fixture.ts';
import { assessor, reassessed, signedRiskSession, turn } from './reassess-fixture.ts';

async function reassessment() {
  const { assistant, store } = createTestAssistant();
  const signed = await signedRiskSession(assistant);
  const started = await reassessed(assistant, signed, { 'lifecycle-stage': 'pilot' });
  return { assistant, store, signed, ...started };
}

const carriedLine = /Carried over from|Proposed when/;

describe('carried-over answers at their questions', () => {
  it('keeps one with its button: recorded like a button answer, by the person who kept it', async () => {
    const { assistant, store, sessionId } = await reassessment();
    const kept = await turn(assistant, sessionId, { action: 'carry:keep:system-name' });
    expect(kept.messages.map((message) => message.text)).toContain('Recorded: **“A test answer”**');
    expect(kept.question?.id).toBe('system-purpose');
    expect(kept.progress?.answered).toBe(1);
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.answers['system-name']).toEqual({
      value: 'A test answer',
      answeredAt: expect.any(String),
      answeredBy: assessor,
    });
    const log = await store.loadLog(sessionId);
    expect(log?.audit.at(-1)).toEqual({
      at: expect.any(String),
      actor: assessor,
      questionnaireId: 'risk',
      questionId: 'system-name',
      event: 'carried-over-confirmed',
    });
    // Back at the question: the answer is the person's own now, and nothing is offered to keep.
    const back = await turn(assistant, sessionId, { action: 'nav:back' });
    expect(back.question?.id).toBe('system-name');
    expect(back.messages.at(-1)?.text).toContain('Current answer: **A test answer**');
    expect(back.messages.at(-1)?.text).not.toMatch(carriedLine);
    expect(back.quickReplies.some((reply) => reply.id.startsWith('carry:'))).toBe(false);
  });

  it('keeps one when the person types "keep", "same" or "keep it"', async () => {
    const { assistant, sessionId } = await reassessment();
    const afterName = await turn(assistant, sessionId, { text: 'Keep' });
    expect(afterName.question?.id).toBe('system-purpose');
    const afterPurpose = await turn(assistant, sessionId, { text: 'same' });
    expect(afterPurpose.question?.id).toBe('lifecycle-stage');
    // The override is offered as what it is: not part of the signed assessment.
    expect(afterPurpose.messages.at(-1)?.text).toContain(
      'Proposed when this reassessment was started: **Piloted or trialled in a limited setting**',
    );
    const afterStage = await turn(assistant, sessionId, { text: 'keep it' });
    expect(afterStage.question?.id).toBe('sourcing');
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    const answers = view.data.answers.risk?.answers ?? {};
    expect(answers['system-name']?.value).toBe('A test answer');
    expect(answers['system-purpose']?.value).toBe('identification');
    expect(answers['lifecycle-stage']?.value).toBe('pilot');
  });

  it('refuses a keep button of another question as stale, and records nothing', async () => {
    const { assistant, sessionId } = await reassessment();
    await turn(assistant, sessionId, { action: 'carry:keep:system-name' });
    const stale = await turn(assistant, sessionId, { action: 'carry:keep:system-name' });
    expect(stale.messages[0]).toMatchObject({ kind: 'error', text: conversationTexts.staleButton });
    expect(stale.question?.id).toBe('system-purpose');
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(Object.keys(view.data.answers.risk?.answers ?? {})).toEqual(['system-name']);
  });

  it('does not use the carried answer once the question was answered otherwise', async () => {
    const { assistant, sessionId } = await reassessment();
    await turn(assistant, sessionId, { action: 'carry:keep:system-name' });
    const answered = await turn(assistant, sessionId, { action: 'answer:system-purpose:other' });
    expect(answered.question?.id).toBe('lifecycle-stage');
    const back = await turn(assistant, sessionId, { action: 'nav:back' });
    expect(back.messages.at(-1)?.text).not.toMatch(carriedLine);
    const refused = await turn(assistant, sessionId, { action: 'carry:keep:system-purpose' });
    expect(refused.messages[0]).toMatchObject({ kind: 'error', text: carriedTexts.answeredSince });
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.answers['system-purpose']?.value).toBe('other');
  });

  it('counts carried answers for nothing until kept: progress, review and results', async () => {
    const { assistant, sessionId } = await reassessment();
    const review = await turn(assistant, sessionId, { action: 'review' });
    expect(review.progress?.answered).toBe(0);
    const items = review.review?.items ?? [];
    expect(items.every((item) => item.answer === null)).toBe(true);
    expect(items[0]).toMatchObject({ questionId: 'system-name', carriedOver: 'A test answer' });
    expect(items.filter((item) => item.carriedOver !== undefined)).toHaveLength(items.length);
    expect(review.messages[0]?.text).toContain(
      `Carried over from the assessment signed on 3 February 2026 and still to confirm: questions 1–${items.length} (they count for nothing until you keep or change them).`,
    );

    const results = await turn(assistant, sessionId, { action: 'results' });
    expect(results.messages[0]?.text).toContain('Provisional results');
    expect(results.messages[0]?.text).toContain('0 of ');
    const summary = await assistant.summarizeAssessment(sessionId);
    if (!summary.success) throw summary.error;
    expect(summary.data.level).toBeNull();

    // Once kept, the answer counts and the list no longer marks it.
    const left = await turn(assistant, sessionId, { action: 'nav:back' });
    expect(left.question?.id).toBe('system-name');
    await turn(assistant, sessionId, { action: 'carry:keep:system-name' });
    const again = await turn(assistant, sessionId, { action: 'review' });
    expect(again.progress?.answered).toBe(1);
    expect(again.review?.items[0]).toMatchObject({ answer: 'A test answer' });
    expect(again.review?.items[0]).not.toHaveProperty('carriedOver');
    expect(again.messages[0]?.text).toContain(`still to confirm: questions 2–${items.length}`);
  });

  it('shows on the card who the question waits for and the comments on it', async () => {
    const { assistant, sessionId } = await reassessment();
    const comment = await assistant.addComment(sessionId, {
      questionId: 'system-name',
      text: 'Use the name in the vendor contract.',
      actor: assessor,
    });
    if (!comment.success) throw comment.error;
    const card = await turn(assistant, sessionId, { action: 'where-was-i' });
    const text = card.messages.at(-1)?.text ?? '';
    expect(text).toMatch(carriedLine);
    expect(text).toContain('Use the name in the vendor contract.');
    expect(card.quickReplies[0]?.id).toBe('carry:keep:system-name');
  });
});
