import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import { frameworkOptInIds } from './framework-opt-ins.ts';

type ReplyShape = {
  question: { id: string; kind: string; options: Array<{ value: string }> } | null;
  report: unknown;
};

/** What to answer to one question: an option value (several joined by "+"), typed text, "I don't know", or stop here. */
export type Answerer = (
  question: NonNullable<ReplyShape['question']>,
) => { value: string } | { text: string } | 'unsure' | 'stop';

/**
 * Starts the risk questionnaire in a new session and answers it straight through the HTTP API as
 * `answer` says, then submits unless it stopped early: the report under test is the real one the
 * server renders, for answers a test chooses.
 */
export async function answerRiskViaApi(
  request: APIRequestContext,
  baseUrl: string,
  answer: Answerer,
): Promise<string> {
  const url = (path: string) => new URL(path, baseUrl).toString();
  const created = await request.post(url('/api/sessions'), { data: {} });
  expect(created.status()).toBe(201);
  const { sessionId } = (await created.json()) as { sessionId: string };
  const send = async (body: { text: string } | { action: string }): Promise<ReplyShape> => {
    const response = await request.post(url(`/api/sessions/${sessionId}/messages`), { data: body });
    expect(response.status(), JSON.stringify(body)).toBe(200);
    return (await response.json()) as ReplyShape;
  };
  let reply = await send({ action: 'start:risk' });
  for (let turn = 0; turn < 300 && reply.question !== null; turn += 1) {
    const { question } = reply;
    const choice = answer(question);
    if (choice === 'stop') return sessionId;
    reply = await send(
      choice === 'unsure'
        ? { action: 'unsure' }
        : 'text' in choice
          ? { text: choice.text }
          : { action: `answer:${question.id}:${choice.value}` },
    );
  }
  reply = await send({ action: 'submit' });
  expect(reply.report).not.toBeNull();
  return sessionId;
}

const profile: Record<string, string> = {
  'system-purpose': 'identification',
  'processes-biometric': 'yes',
  'affected-groups': 'suspects+general-public+children-vulnerable',
  autonomy: 'decides-with-review',
  sourcing: 'procured',
};

/**
 * A face-matching system on which every risk that applies is rated Likely x Serious with partial
 * safeguards: all of them land in one cell of the matrix, the case that used to be illegible.
 */
export const crowdedRiskAnswers: Answerer = (question) => {
  if (question.id === 'system-name') return { text: 'CCTV face match' };
  if (frameworkOptInIds.has(question.id)) return { value: 'no' };
  const chosen = profile[question.id];
  if (chosen !== undefined) return { value: chosen };
  if (question.id.endsWith('-applies')) return { value: 'yes' };
  if (question.id.endsWith('-likelihood') || question.id.endsWith('-severity')) return { value: '4' };
  if (question.id.endsWith('-mitigation')) return { value: 'partial' };
  const first = question.options[0];
  if (first !== undefined) return { value: first.value };
  return { text: question.kind === 'number' ? '3' : 'Recorded in the pilot file.' };
};

/** The same system, left after its first three risks: a draft with most required questions open. */
export function draftRiskAnswers(): Answerer {
  let ratedRisks = 0;
  return (question) => {
    if (question.id.endsWith('-applies') && !frameworkOptInIds.has(question.id)) {
      ratedRisks += 1;
      if (ratedRisks > 3) return 'stop';
    }
    return crowdedRiskAnswers(question);
  };
}

/** Every question answered and submitted, but two severities "I don't know": still a draft. */
export const submittedDraftAnswers: Answerer = (question) =>
  question.id === 'harmful-errors-severity' || question.id === 'automation-bias-severity'
    ? 'unsure'
    : crowdedRiskAnswers(question);
