import { expect } from 'vitest';
import type { Assistant } from '../../src/conversation/assistant.ts';
import { type PackResult, packResultSchema } from '../../src/frameworks/pack-result-schema.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { newSession, send } from './assistant-fixture.ts';
import { walkToReview } from './framework-fixture.ts';

export type Values = Readonly<Record<string, AnswerValue>>;
export const euOn = { 'eu-ai-act-applies': 'yes' } as const;
/** The EU pack's own questions among those asked (its opt-in question is the walkthrough's). */
export const packQuestions = (asked: readonly string[]) =>
  asked.filter((id) => id.startsWith('eu-') && id !== 'eu-ai-act-applies');

export async function submitted(assistant: Assistant, values: Values) {
  const sessionId = await newSession(assistant);
  const first = await send(assistant, sessionId, { action: 'start:risk' });
  const { reply, asked } = await walkToReview(assistant, sessionId, first, values);
  expect(reply.state).toBe('risk.review');
  const done = await send(assistant, sessionId, { action: 'submit' });
  expect(done.state).toBe('risk.completed');
  return { sessionId, asked, done };
}

export async function jsonReport(assistant: Assistant, sessionId: string) {
  const rendered = await assistant.report(sessionId, { format: 'json' });
  if (!rendered.success) throw rendered.error;
  return JSON.parse(String(rendered.data.body)) as Record<string, unknown>;
}

/** The EU pack's result as the JSON report carries it (parsed, so a malformed one fails here). */
export async function euResult(assistant: Assistant, sessionId: string): Promise<PackResult> {
  const report = await jsonReport(assistant, sessionId);
  const frameworks = (report.frameworks ?? []) as Array<{ pack: { id: string }; result: unknown }>;
  const found = frameworks.find((framework) => framework.pack.id === 'eu-ai-act');
  if (found === undefined) throw new Error('the report has no EU AI Act result');
  return packResultSchema.parse(found.result);
}

export function outcomeOf(result: PackResult, id: string) {
  const found = result.assessments.find((assessment) => assessment.id === id);
  if (found === undefined) throw new Error(`no outcome "${id}"`);
  return found;
}

export function screeningOf(result: PackResult, id: string) {
  const found = outcomeOf(result, id);
  if (found.kind !== 'screening') throw new Error(`"${id}" is not a screening`);
  return found;
}

export const missingConditions = (result: PackResult) =>
  screeningOf(result, 'prohibited-practices')
    .conditions.filter((condition) => condition.status === 'missing')
    .map((condition) => condition.id);
