import { expect } from 'vitest';
import type { Assistant, SessionOwner } from '../../src/conversation/assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { Actor } from '../../src/questionnaires/answers.ts';
import { answerUntilReview, send } from './assistant-fixture.ts';
import { reviewer } from './review-fixture.ts';

export const owner: SessionOwner = { organisationId: 'met-police', userId: 'user-reyes' };
export const assessor: Actor = { id: 'user-reyes', name: 'Insp. Dana Reyes', channel: 'web' };
export const systemId = 'system-cctv';
/** When the first assessment is signed off: "3 February 2026" on cards and reports (UTC). */
export const signedAt = '2026-02-03T10:15:00.000Z';

/**
 * A risk assessment of the system answered with every first option (so every risk applies, rated
 * rare and negligible: low), submitted and signed off by the reviewer.
 */
export async function signedRiskSession(assistant: Assistant): Promise<string> {
  const created = await assistant.createSession({ owner, systemId });
  if (!created.success) throw created.error;
  const { sessionId } = created.data;
  const first = await send(assistant, sessionId, { action: 'start:risk' });
  await answerUntilReview(assistant, sessionId, first);
  const done = await send(assistant, sessionId, { action: 'submit' });
  expect(done.state).toBe('risk.completed');
  const signed = await assistant.signOff(sessionId, {
    decision: 'approved',
    note: 'Fine for the pilot.',
    role: 'reviewer',
    actor: reviewer,
    at: signedAt,
  });
  if (!signed.success) throw signed.error;
  return sessionId;
}

/** Starts a reassessment of the signed session, failing the test if it is refused. */
export async function reassessed(
  assistant: Assistant,
  signedSessionId: string,
  overrides?: Record<string, unknown>,
) {
  const started = await assistant.reassess(signedSessionId, {
    owner,
    actor: assessor,
    at: '2026-06-01T09:00:00.000Z',
    ...(overrides === undefined ? {} : { overrides }),
  });
  if (!started.success) throw started.error;
  return started.data;
}

export async function turn(
  assistant: Assistant,
  sessionId: string,
  message: { text: string } | { action: string },
): Promise<Reply> {
  const result = await assistant.handleTurn({ sessionId, ...message, actor: assessor });
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Walks a reassessment to its review: each question answered as `answers` says (an action), else
 * its carried-over answer kept with the first button. Fails on any error message.
 */
export async function keepUntilReview(
  assistant: Assistant,
  sessionId: string,
  first: Reply,
  answers: Record<string, string> = {},
): Promise<Reply> {
  let reply = first;
  for (let step = 0; step < 200 && reply.question !== null; step += 1) {
    const question = reply.question;
    const action = Object.hasOwn(answers, question.id)
      ? answers[question.id]
      : reply.quickReplies[0]?.id.startsWith('carry:keep:')
        ? reply.quickReplies[0].id
        : undefined;
    if (action === undefined) throw new Error(`no carried-over answer offered at ${question.id}`);
    reply = await turn(assistant, sessionId, { action });
    expect(reply.messages.filter((message) => message.kind === 'error')).toEqual([]);
  }
  return reply;
}
