import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import type { Reply } from '../../src/conversation/reply.ts';
import { moveFor } from '../conversation/framework-fixture.ts';
import { retrospectiveFaceMatching } from '../frameworks/eu-ai-act-profiles.ts';

/**
 * The retrospective face-matching system of tests/frameworks/eu-ai-act-profiles.ts, with the EU AI
 * Act pack opted in and HUDERIA not: high-risk, so the pack drafts a FRIA.
 */
export const retrospectiveWithEuPack = {
  ...retrospectiveFaceMatching,
  'eu-ai-act-applies': 'yes',
  'coe-huderia-applies': 'no',
  'eu-fria-process-description': 'Analysts search recorded CCTV footage for a suspect named in a case file.',
} as const;

/**
 * Answers the session's risk walkthrough straight through the HTTP API with those answers (every
 * Toolkit risk "does not apply", optional questions skipped) and submits it, as the server's own
 * tests do (tests/server/framework-documents.test.ts); a session the register started is already
 * at its first question.
 */
export async function answerWithEuPackViaApi(
  request: APIRequestContext,
  baseUrl: string,
  sessionId: string,
): Promise<Reply> {
  const send = async (body: { text: string } | { action: string }): Promise<Reply> => {
    const response = await request.post(new URL(`/api/sessions/${sessionId}/messages`, baseUrl).toString(), {
      data: body,
    });
    expect(response.status(), `${JSON.stringify(body)}: ${await response.text()}`).toBe(200);
    return (await response.json()) as Reply;
  };
  let reply = await send({ action: 'where-was-i' });
  if (!reply.state.startsWith('risk.')) reply = await send({ action: 'start:risk' });
  for (let turn = 0; turn < 300 && reply.question !== null; turn += 1) {
    reply = await send(moveFor(reply.question, retrospectiveWithEuPack));
  }
  expect(reply.state).toBe('risk.review');
  reply = await send({ action: 'submit' });
  expect(reply.report?.documents?.map((document) => document.documentId)).toContain('fria');
  return reply;
}
