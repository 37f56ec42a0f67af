import type { Answers } from './answers.ts';
import type { CompiledQuestionnaire } from './compile-questionnaire.ts';
import { compiledQuestionnaire } from './compiled-questionnaire.ts';
import { computeVisibleQuestions, type VisibleQuestion } from './compute-visible-questions.ts';
import type { Questionnaire } from './schema.ts';
import { isSealedAnswers } from './seal-answers.ts';

export type { VisibleQuestion } from './compute-visible-questions.ts';

/** Per compiled definition: the visible questions of each sealed set of answers, kept as long as the answers are. */
const computed = new WeakMap<CompiledQuestionnaire, WeakMap<Answers, readonly VisibleQuestion[]>>();

/**
 * The questions shown for these answers, in definition order. Computed once per sealed set of
 * answers (see seal-answers.ts): a turn asks for them many times (guards, navigation, progress,
 * the reply) and gets the same frozen list; answers that are not sealed are computed each time.
 */
export function visibleQuestions(definition: Questionnaire, answers: Answers): readonly VisibleQuestion[] {
  const compiled = compiledQuestionnaire(definition);
  if (!isSealedAnswers(answers)) return computeVisibleQuestions(compiled, answers);
  let byAnswers = computed.get(compiled);
  if (byAnswers === undefined) {
    byAnswers = new WeakMap();
    computed.set(compiled, byAnswers);
  }
  let shown = byAnswers.get(answers);
  if (shown === undefined) {
    shown = computeVisibleQuestions(compiled, answers);
    byAnswers.set(answers, shown);
  }
  return shown;
}

/**
 * Says that the sealed `next` is the sealed `answers` with `questionId` answered anew. No condition
 * reading that question means the same questions are shown, so `next` shares the list already
 * worked out for `answers` instead of working it out again (most answers are read by no condition).
 */
export function carryVisibleQuestions(
  definition: Questionnaire,
  answers: Answers,
  questionId: string,
  next: Answers,
): void {
  const compiled = compiledQuestionnaire(definition);
  if (compiled.conditionQuestions.has(questionId) || !isSealedAnswers(next)) return;
  const byAnswers = computed.get(compiled);
  const shown = byAnswers?.get(answers);
  if (shown !== undefined && isSealedAnswers(answers) && !byAnswers?.has(next)) byAnswers?.set(next, shown);
}

/** Only the answers to questions that are currently shown: the set that scoring uses. */
export function shownAnswers(definition: Questionnaire, answers: Answers): Answers {
  const result: Answers = {};
  for (const { question } of visibleQuestions(definition, answers)) {
    const record = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (record !== undefined) result[question.id] = record;
  }
  return result;
}
