import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import { storyMove } from '../agency/story-answers.ts';

type ReplyShape = {
  state: string;
  question: { id: string; kind: string } | null;
  quickReplies: Array<{ id: string; label: string }>;
};

/**
 * Answers the rest of a risk walkthrough straight through the HTTP API with the agency story's
 * answers (tests/agency/story-answers.ts), stopping at the review: the long middle part of the
 * register story, which the chat page's own tests already click through.
 */
export async function answerStoryViaApi(
  request: APIRequestContext,
  baseUrl: string,
  sessionId: string,
  phase: 'first' | 'reassessment',
): Promise<ReplyShape> {
  const send = async (body: { text: string } | { action: string }): Promise<ReplyShape> => {
    const response = await request.post(new URL(`/api/sessions/${sessionId}/messages`, baseUrl).toString(), {
      data: body,
    });
    expect(response.status(), `${JSON.stringify(body)}: ${await response.text()}`).toBe(200);
    return (await response.json()) as ReplyShape;
  };
  let reply = await send({ action: 'where-was-i' });
  for (let step = 0; step < 150 && reply.question !== null; step += 1) {
    reply = await send(storyMove(reply.question, reply.quickReplies, phase));
  }
  expect(reply.question).toBeNull();
  return reply;
}
