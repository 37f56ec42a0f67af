import { describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/conversation/assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { findQuestion } from '../../src/machines/walkthrough-navigation.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

const risk = createDefaultQuestionnaireRegistry().get('risk', '1');
if (risk === undefined) throw new Error('risk v1 is missing');
const oversight = [
  'insufficient-oversight-applies',
  'insufficient-oversight-likelihood',
  'insufficient-oversight-severity',
  'insufficient-oversight-mitigation',
];
const oversightPrompts = oversight.map((id) => findQuestion(risk, id)?.prompt ?? id);

// "It makes a decision that a person reviews" reveals the insufficient-oversight risk and its four questions.
const choices: Record<string, string> = {
  autonomy: 'decides-with-review',
  'insufficient-oversight-applies': 'yes',
};

async function reviewWithOversightRisk(assistant: Assistant, sessionId: string): Promise<Reply> {
  let reply = await send(assistant, sessionId, { action: 'start:risk' });
  for (let turn = 0; turn < 200 && reply.question !== null; turn += 1) {
    const question = reply.question;
    const value = choices[question.id] ?? question.options[0]?.value;
    reply =
      value === undefined
        ? await send(assistant, sessionId, { text: 'Face matcher pilot' })
        : await send(assistant, sessionId, { action: `answer:${question.id}:${value}` });
  }
  return reply;
}

async function riskAnswers(assistant: Assistant, sessionId: string) {
  const view = await assistant.getSession(sessionId);
  if (!view.success) throw view.error;
  return view.data.answers.risk?.answers ?? {};
}

describe('a change that would hide answered questions', () => {
  it('warns, naming them and how many, before a correction drops a whole risk and its four answers', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const review = await reviewWithOversightRisk(assistant, sessionId);
    expect(review.review?.items.map((item) => item.questionId)).toEqual(expect.arrayContaining(oversight));
    const before = await riskAnswers(assistant, sessionId);

    await send(assistant, sessionId, { action: 'edit:autonomy' });
    const warned = await send(assistant, sessionId, { action: 'answer:autonomy:recommends' });
    expect(warned.state).toBe('risk.asking');
    const text = warned.messages.map((message) => message.text).join('\n');
    expect(text).toContain('4 questions you have already answered');
    for (const prompt of oversightPrompts) expect(text).toContain(prompt);
    expect(warned.quickReplies.map((reply) => reply.id).slice(0, 2)).toEqual([
      'change:confirm',
      'change:keep',
    ]);
    expect(await riskAnswers(assistant, sessionId)).toEqual(before);

    const kept = await send(assistant, sessionId, { action: 'change:keep' });
    expect(kept.state).toBe('risk.review');
    expect(await riskAnswers(assistant, sessionId)).toEqual(before);
  });

  it('applies the change once confirmed, and the hidden answers come back when it is undone', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const review = await reviewWithOversightRisk(assistant, sessionId);
    await send(assistant, sessionId, { action: 'edit:autonomy' });
    await send(assistant, sessionId, { action: 'answer:autonomy:recommends' });
    const confirmed = await send(assistant, sessionId, { text: 'yes' });
    expect(confirmed.state).toBe('risk.review');
    const shown = confirmed.review?.items.map((item) => item.questionId) ?? [];
    expect(shown.filter((id) => oversight.includes(id))).toEqual([]);
    expect(confirmed.progress?.answered).toBe((review.progress?.answered ?? 0) - 4);
    const answers = await riskAnswers(assistant, sessionId);
    expect(answers['insufficient-oversight-applies']?.value).toBe('yes');

    await send(assistant, sessionId, { action: 'edit:autonomy' });
    const undone = await send(assistant, sessionId, { action: 'answer:autonomy:decides-with-review' });
    expect(undone.state).toBe('risk.review');
    expect(undone.review?.items).toEqual(review.review?.items);
    expect(undone.progress).toEqual(review.progress);
  });
});
