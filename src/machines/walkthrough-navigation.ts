import type { Answers } from '../questionnaires/answers.ts';
import { compiledQuestionnaire } from '../questionnaires/compiled-questionnaire.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { type VisibleQuestion, visibleQuestions } from '../questionnaires/visible-questions.ts';

/** The question with this id anywhere in the definition, shown or not. */
export function findQuestion(definition: Questionnaire, questionId: string): Question | undefined {
  return compiledQuestionnaire(definition).questionById.get(questionId);
}

export function isVisibleQuestion(definition: Questionnaire, answers: Answers, questionId: string): boolean {
  return visibleQuestions(definition, answers).some(({ question }) => question.id === questionId);
}

/**
 * The first visible question after `questionId` in definition order (the first of all for null).
 * Works from the definition order, not the visible list, so it is right even if `questionId` just became hidden.
 */
export function questionAfter(
  definition: Questionnaire,
  answers: Answers,
  questionId: string | null,
): string | null {
  const order = definitionOrder(definition);
  const from = questionId === null ? -1 : (order.get(questionId) ?? -1);
  const next = visibleQuestions(definition, answers).find(
    ({ question }) => (order.get(question.id) ?? -1) > from,
  );
  return next?.question.id ?? null;
}

/** The last visible question before `questionId`, or null at the start. */
export function questionBefore(
  definition: Questionnaire,
  answers: Answers,
  questionId: string,
): string | null {
  const order = definitionOrder(definition);
  const from = order.get(questionId) ?? -1;
  const earlier = visibleQuestions(definition, answers).findLast(
    ({ question }) => (order.get(question.id) ?? -1) < from,
  );
  return earlier?.question.id ?? null;
}

export function lastVisibleQuestion(definition: Questionnaire, answers: Answers): string | null {
  return visibleQuestions(definition, answers).at(-1)?.question.id ?? null;
}

/**
 * "Next unanswered question": the first visible question without an answer after `questionId` in
 * definition order, else the first one from the start (which may be `questionId` itself); null when none is left.
 */
export function nextUnansweredQuestion(
  definition: Questionnaire,
  answers: Answers,
  questionId: string | null,
): string | null {
  const order = definitionOrder(definition);
  const from = questionId === null ? -1 : (order.get(questionId) ?? -1);
  const unanswered = visibleQuestions(definition, answers).filter(
    ({ question }) => !Object.hasOwn(answers, question.id),
  );
  const next = unanswered.find(({ question }) => (order.get(question.id) ?? -1) > from) ?? unanswered[0];
  return next?.question.id ?? null;
}

/**
 * The questions that have answers and are shown now but would be hidden once `questionId` is answered
 * as in `next` (the answers with that one answer given), in order: what a change must warn about before
 * it is applied. The caller passes the next answers it will record, so they are looked at once.
 */
export function answersHiddenBy(
  definition: Questionnaire,
  answers: Answers,
  questionId: string,
  next: Answers,
): string[] {
  const answered = (shown: readonly VisibleQuestion[]) =>
    shown.map(({ question }) => question.id).filter((id) => id !== questionId && Object.hasOwn(answers, id));
  const after = new Set(answered(visibleQuestions(definition, next)));
  return answered(visibleQuestions(definition, answers)).filter((id) => !after.has(id));
}

/** Visible required questions without an answer, in order: what blocks submitting. */
export function missingAnswers(definition: Questionnaire, answers: Answers): string[] {
  return visibleQuestions(definition, answers)
    .filter(({ question }) => question.required && !Object.hasOwn(answers, question.id))
    .map(({ question }) => question.id);
}

/** Each question id with its place in the definition, shown or not (compiled once per definition). */
export function definitionOrder(definition: Questionnaire): ReadonlyMap<string, number> {
  return compiledQuestionnaire(definition).order;
}
