import { expect } from 'vitest';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

/** The sentence of issue 13 that was once recorded as the wrong option, without a word. */
export const rankedList = 'it gives a ranked list of candidate matches and an officer decides';
export const ranksLabel = 'It suggests or ranks options for a person to choose from';

/** A risk assessment started, named, and answered up to the autonomy question by clicks. */
export async function atAutonomy(options: Parameters<typeof createTestAssistant>[0] = {}) {
  const { assistant, store } = createTestAssistant(options);
  const sessionId = await newSession(assistant);
  let reply = await send(assistant, sessionId, { action: 'start:risk' });
  reply = await send(assistant, sessionId, { text: 'Vendor face-matching pilot' });
  for (let turn = 0; turn < 10 && reply.question?.id !== 'autonomy'; turn += 1) {
    const question = reply.question;
    if (question === null) throw new Error('The walkthrough left the questions before autonomy.');
    reply = await send(assistant, sessionId, {
      action: `answer:${question.id}:${question.options[0]?.value}`,
    });
  }
  expect(reply.question?.id).toBe('autonomy');
  const answers = async () => {
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    return view.data.answers.risk?.answers ?? {};
  };
  return { assistant, store, sessionId, answers };
}
