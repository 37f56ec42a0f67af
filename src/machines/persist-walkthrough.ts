import { initialTransition, transition } from 'xstate';
import { z } from 'zod';
import type { Result } from '../app-error.ts';
import type { Answers } from '../questionnaires/answers.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { sealAnswers } from '../questionnaires/seal-answers.ts';
import { validateAnswer } from '../questionnaires/validate-answer.ts';
import { type WalkthroughContext, walkthroughContextSchema } from './walkthrough-context.ts';
import type { WalkthroughEvent } from './walkthrough-events.ts';
import {
  type WalkthroughMachine,
  type WalkthroughSnapshot,
  walkthroughDefinition,
} from './walkthrough-machine.ts';
import { findQuestion } from './walkthrough-navigation.ts';

/** A stored walkthrough: the top-level state and the context, nothing else (no actors run inside). */
export const persistedWalkthroughSchema = z
  .object({ value: z.enum(['intro', 'asking', 'review', 'completed']), context: walkthroughContextSchema })
  .strict();
export type PersistedWalkthrough = z.infer<typeof persistedWalkthroughSchema>;

export type WalkthroughRestoreError = {
  code: 'invalid-snapshot' | 'other-questionnaire' | 'unknown-machine';
  message: string;
};

/**
 * A snapshot as plain JSON, safe to `JSON.stringify` and store. It shares the context with the
 * snapshot instead of copying it: contexts are only ever replaced (by `assign`), never changed.
 */
export function persistWalkthrough(snapshot: WalkthroughSnapshot): PersistedWalkthrough {
  return { value: snapshot.value, context: snapshot.context };
}

/** Reads a stored walkthrough back; anything malformed or inconsistent with the definition is a typed error. */
export function restoreWalkthrough(
  machine: WalkthroughMachine,
  json: unknown,
): Result<WalkthroughSnapshot, WalkthroughRestoreError> {
  const parsed = persistedWalkthroughSchema.safeParse(json);
  if (!parsed.success) return failure('invalid-snapshot', z.prettifyError(parsed.error));
  const definition = walkthroughDefinition(machine);
  if (definition === undefined)
    return failure('unknown-machine', 'The machine was not made by createWalkthroughMachine.');
  const { value, context } = parsed.data;
  if (context.questionnaireId !== definition.id || context.version !== definition.version) {
    const stored = `${context.questionnaireId} ${context.version}`;
    return failure(
      'other-questionnaire',
      `The snapshot belongs to ${stored}, not ${definition.id} ${definition.version}.`,
    );
  }
  const problem = inconsistency(definition, value, context);
  if (problem !== null) return failure('invalid-snapshot', problem);
  // Parsed just now and never changed after: sealed, so visibility is worked out once for them.
  sealAnswers(context.answers);
  return { success: true, data: machine.resolveState({ value, context }) };
}

/**
 * Rebuilds a walkthrough from an answer log, which is the truth (a snapshot is only a cache): starts, then
 * answers each visible question from the log in order until one is missing and required, or invalid.
 * Logged answers off that path are kept when valid, as hidden answers are. It never reaches `completed`.
 */
export function replayAnswers(machine: WalkthroughMachine, answers: Answers): WalkthroughSnapshot {
  let [snapshot] = initialTransition(machine);
  const times = Object.values(answers).map((record) => record.answeredAt);
  if (times.length === 0) return snapshot;
  const apply = (event: WalkthroughEvent) => {
    [snapshot] = transition(machine, snapshot, event);
  };
  // ISO 8601 times in UTC sort as text; the earliest answer is when the walkthrough started.
  apply({ type: 'walkthrough.start', at: [...times].sort()[0] ?? '' });
  const visited = new Set<string>();
  for (let id = snapshot.context.currentQuestionId; id !== null && !visited.has(id); ) {
    visited.add(id);
    const record = Object.hasOwn(answers, id) ? answers[id] : undefined;
    const by = record?.answeredBy;
    if (record === undefined) apply({ type: 'nav.skip' });
    else if (record.proposedByModel === true) {
      apply({ type: 'answer.propose', value: record.value, at: record.answeredAt });
      apply({ type: 'proposal.confirm', at: record.answeredAt, ...(by === undefined ? {} : { by }) });
    } else
      apply({
        type: 'answer.submit',
        value: record.value,
        at: record.answeredAt,
        ...(by === undefined ? {} : { by }),
      });
    if (snapshot.context.error !== null || snapshot.value !== 'asking') break;
    id = snapshot.context.currentQuestionId;
  }
  const definition = walkthroughDefinition(machine);
  if (definition === undefined) return snapshot;
  const kept = sealAnswers({ ...validAnswers(definition, answers), ...snapshot.context.answers });
  return machine.resolveState({ value: snapshot.value, context: { ...snapshot.context, answers: kept } });
}

function validAnswers(definition: Questionnaire, answers: Answers): Answers {
  const valid: Answers = {};
  for (const [id, record] of Object.entries(answers)) {
    const question = findQuestion(definition, id);
    const checked = question === undefined ? undefined : validateAnswer(definition, question, record.value);
    if (checked?.success === true) valid[id] = { ...record, value: checked.value };
  }
  return valid;
}

function inconsistency(
  definition: Questionnaire,
  value: PersistedWalkthrough['value'],
  context: WalkthroughContext,
) {
  const current = context.currentQuestionId;
  if ((value === 'asking') !== (current !== null)) return 'A question is current exactly while asking.';
  if (current !== null && findQuestion(definition, current) === undefined)
    return `Unknown question "${current}".`;
  if (context.pendingProposal !== null && context.pendingProposal.questionId !== current)
    return 'A pending proposal belongs to the current question.';
  if (context.resumeQuestionId !== null && findQuestion(definition, context.resumeQuestionId) === undefined)
    return `Unknown question "${context.resumeQuestionId}" to return to.`;
  const change = context.pendingChange;
  if (change !== null && change.questionId !== current)
    return 'A held change belongs to the current question.';
  const changed = change === null ? undefined : findQuestion(definition, change.questionId);
  if (
    change !== null &&
    (changed === undefined || !validateAnswer(definition, changed, change.record.value).success)
  )
    return 'A held change must be a valid answer.';
  if ((value === 'completed') !== (context.completedAt !== null))
    return 'Only a completed walkthrough has completedAt.';
  for (const [id, record] of Object.entries(context.answers)) {
    const question = findQuestion(definition, id);
    if (question === undefined) return `Answer to unknown question "${id}".`;
    if (!validateAnswer(definition, question, record.value).success) return `Invalid answer to "${id}".`;
  }
  for (const id of Object.keys(context.notes)) {
    if (findQuestion(definition, id) === undefined) return `Note to unknown question "${id}".`;
  }
  return null;
}

function failure(code: WalkthroughRestoreError['code'], message: string) {
  return { success: false, error: { code, message } } as const;
}
