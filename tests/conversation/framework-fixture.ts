import type { Assistant } from '../../src/conversation/assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { optInQuestionId } from '../../src/frameworks/compose-with-packs.ts';
import { createFrameworkQuestionnaires } from '../../src/frameworks/create-framework-questionnaires.ts';
import { createDefaultFrameworkRegistry } from '../../src/frameworks/framework-registry.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createTestAssistant, send } from './assistant-fixture.ts';

/** A real assistant on the registry a deployment with RAIA_FRAMEWORK_PACKS=`setting` runs on. */
export function createPackedTestAssistant(setting?: string) {
  const composed = createFrameworkQuestionnaires({
    questionnaires: createDefaultQuestionnaireRegistry(),
    frameworks: createDefaultFrameworkRegistry(),
    setting,
  });
  if (!composed.success) throw composed.error;
  const questionnaires = composed.data;
  return { ...createTestAssistant({ questionnaires }), questionnaires };
}

const optInIds = new Set(
  createDefaultFrameworkRegistry()
    .list()
    .map(({ id }) => optInQuestionId(id)),
);

export function moveFor(
  question: { id: string; kind: string; required: boolean },
  values: Readonly<Record<string, AnswerValue>>,
): { action: string } | { text: string } {
  const value = Object.hasOwn(values, question.id) ? values[question.id] : undefined;
  if (value === undefined) {
    const isToolkitRisk = /-applies$/.test(question.id) && !optInIds.has(question.id);
    if (isToolkitRisk) return { action: `answer:${question.id}:no` };
    if (!question.required) return { action: 'nav:skip' };
    throw new Error(`the walkthrough asks "${question.id}", which the scenario does not answer`);
  }
  if (typeof value === 'object' && !Array.isArray(value)) return { action: 'unsure' };
  if (question.kind === 'text' || question.kind === 'number') return { text: String(value) };
  const encoded = Array.isArray(value) ? value.join('+') : String(value);
  return { action: `answer:${question.id}:${encoded}` };
}

/** Walks from `first` to the review screen with the scenario's values, returning every question asked. */
export async function walkToReview(
  assistant: Assistant,
  sessionId: string,
  first: Reply,
  values: Readonly<Record<string, AnswerValue>>,
): Promise<{ reply: Reply; asked: string[] }> {
  let reply = first;
  const asked: string[] = [];
  for (let turn = 0; turn < 300 && reply.question !== null; turn += 1) {
    const question = reply.question;
    asked.push(question.id);
    reply = await send(assistant, sessionId, moveFor(question, values));
    const errors = reply.messages.filter((message) => message.kind === 'error');
    if (errors.length > 0) throw new Error(`answering "${question.id}": ${JSON.stringify(errors)}`);
  }
  return { reply, asked };
}
