import type { AnswerRecord } from '../questionnaires/answers.ts';
import { compileCondition, type KnownAnswer, type Truth } from '../questionnaires/compile-condition.ts';
import type { Condition } from '../questionnaires/schema.ts';
import type { PackInput } from './pack-input.ts';
import type { PackTraceEntry } from './pack-result-schema.ts';

/** A condition read over the answers: its truth, the trace entry for it, and the questions still open in it. */
export type ConditionReading = { truth: Truth; entry: PackTraceEntry; open: readonly string[] };

export type ConditionReader = (condition: Condition, ref: string) => ConditionReading;

/**
 * Reads pack conditions in three values over one answer map, as possible-questions.ts reads
 * `showIf`: an answered question (an "I don't know" included) is known by its answer, an
 * unanswered one is open (or known as unanswered when `isOpen` says it can no longer come).
 * Unlike a questionnaire, a pack has no order of questions to settle the unanswered ones.
 */
export function createConditionReader(input: Pick<PackInput, 'answers' | 'isOpen'>): ConditionReader {
  const { answers, isOpen = () => true } = input;
  const known = new Map<string, KnownAnswer>();
  // hasOwn: a question id such as `constructor` must not find an inherited property.
  const answerOf = (questionId: string): AnswerRecord | undefined =>
    Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
  const knowledgeOf = (questionId: string): KnownAnswer => {
    const answer = answerOf(questionId);
    if (answer !== undefined) return { answer };
    return isOpen(questionId) ? 'open' : { answer: undefined };
  };
  return (condition, ref) => {
    const compiled = compileCondition(condition);
    // compileCondition reads a question missing from the map as unanswered, so every one it reads is put in first.
    for (const questionId of compiled.questions) {
      if (!known.has(questionId)) known.set(questionId, knowledgeOf(questionId));
    }
    const truth = compiled.truth(known);
    const read = compiled.questions.map((questionId) => ({
      questionId,
      value: answerOf(questionId)?.value ?? null,
    }));
    const open = compiled.questions.filter((questionId) => known.get(questionId) === 'open');
    return { truth, entry: { ref, truth, read }, open };
  };
}
