import type { AnswerRecord, Answers } from '../questionnaires/answers.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { shownAnswers, type VisibleQuestion, visibleQuestions } from '../questionnaires/visible-questions.ts';

export type CountedQuestions = {
  /** The questions shown, in definition order. */
  shown: readonly VisibleQuestion[];
  /** Answers to shown questions: the only answers scoring may use. */
  counted: Answers;
};

/** Own properties only: a question id such as "constructor" must not find Object.prototype. */
export function answerRecord(answers: Answers, questionId: string): AnswerRecord | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/**
 * The questions shown for these answers and the answers that count. Visibility follows
 * `visibleQuestions`: an answer kept for a question that became hidden reveals nothing and counts
 * for nothing.
 */
export function countedQuestions(definition: Questionnaire, answers: Answers): CountedQuestions {
  // No prototype, so lookups by question id inside visibleQuestions only ever find real answers.
  const ownAnswers: Answers = Object.assign(Object.create(null), answers);
  return {
    shown: visibleQuestions(definition, ownAnswers),
    counted: { ...shownAnswers(definition, ownAnswers) },
  };
}
