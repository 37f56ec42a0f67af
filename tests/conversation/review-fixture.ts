import { expect } from 'vitest';
import type { Assistant } from '../../src/conversation/assistant.ts';
import type { SignOffRecord } from '../../src/conversation/session-data.ts';
import type { Actor } from '../../src/questionnaires/answers.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';
import { answerUntilReview, newSession, send } from './assistant-fixture.ts';

export const reviewer: Actor = { id: 'user-okafor', name: 'Chief Insp. Ada Okafor', channel: 'api' };
export const contributor: Actor = { id: 'user-reyes', name: 'Insp. Dana Reyes', channel: 'web' };

/** A session with one questionnaire answered (first option everywhere) and submitted. */
export async function completedSession(
  assistant: Assistant,
  questionnaireId: 'risk' | 'readiness' = 'readiness',
): Promise<string> {
  const sessionId = await newSession(assistant);
  const first = await send(assistant, sessionId, { action: `start:${questionnaireId}` });
  await answerUntilReview(assistant, sessionId, first);
  const done = await send(assistant, sessionId, { action: 'submit' });
  expect(done.state).toBe(`${questionnaireId}.completed`);
  return sessionId;
}

/** A completed session signed off by the reviewer. */
export async function signedSession(
  assistant: Assistant,
  questionnaireId: 'risk' | 'readiness' = 'readiness',
): Promise<{ sessionId: string; signOff: SignOffRecord }> {
  const sessionId = await completedSession(assistant, questionnaireId);
  const signed = await assistant.signOff(sessionId, {
    decision: 'approved-with-conditions',
    note: 'Review the vendor contract before go-live.',
    role: 'reviewer',
    actor: reviewer,
    at: '2026-02-03T10:15:00.000Z',
  });
  if (!signed.success) throw signed.error;
  return { sessionId, signOff: signed.data };
}

/** The stored row and whole log of a session, to show that a refusal saved nothing. */
export async function storedState(store: SessionStore, sessionId: string) {
  const row = await store.load(sessionId);
  const log = await store.loadLog(sessionId);
  if (row === undefined || log === undefined) throw new Error(`no session ${sessionId}`);
  return { revision: row.revision, updatedAt: row.updatedAt, data: row.data, log };
}
