import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import { frameworkOptInIds } from './framework-opt-ins.ts';

type ReplyShape = {
  quickReplies: Array<{ id: string }>;
  question: { kind: string } | null;
  report: unknown;
};

/**
 * Answers a whole questionnaire straight through the HTTP API (first option, or typed text; no to
 * a framework pack's opening question), then
 * submits unless told to stay at the review: for tests about the screens at the end, which need
 * not click through every question.
 */
export async function completeViaApi(
  request: APIRequestContext,
  baseUrl: string,
  sessionId: string,
  questionnaireId: 'risk' | 'readiness',
  options: { submit?: boolean } = {},
): Promise<void> {
  const send = async (body: { text: string } | { action: string }): Promise<ReplyShape> => {
    const response = await request.post(new URL(`/api/sessions/${sessionId}/messages`, baseUrl).toString(), {
      data: body,
    });
    expect(response.status()).toBe(200);
    return (await response.json()) as ReplyShape;
  };
  let reply = await send({ action: `start:${questionnaireId}` });
  for (let turn = 0; turn < 300 && reply.question !== null; turn += 1) {
    const optIn = reply.quickReplies.find((quickReply) =>
      [...frameworkOptInIds].some((id) => quickReply.id === `answer:${id}:no`),
    );
    const option = optIn ?? reply.quickReplies.find((quickReply) => quickReply.id.startsWith('answer:'));
    reply = await send(
      option !== undefined
        ? { action: option.id }
        : { text: reply.question.kind === 'number' ? '3' : 'Typed' },
    );
  }
  if (options.submit === false) return;
  reply = await send({ action: 'submit' });
  expect(reply.report).not.toBeNull();
}
