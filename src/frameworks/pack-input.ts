import type { Answers, AnswerValue } from '../questionnaires/answers.ts';
import type { QuestionNotes } from '../questionnaires/question-notes.ts';

/** A risk the Toolkit's risk assessment rated, as a pack's document lists it. */
export type RatedRisk = { riskId: string; title: string; level: string };

/**
 * What a pack is evaluated over. The caller owns every word shown of a question (it holds the
 * Toolkit's and the pack's definitions and formats answers the way the reports do), so evaluation
 * stays a function of the answers and the pack alone.
 */
export type PackInput = {
  /** The Toolkit questionnaire's answers merged with the pack's own, keyed by question id. */
  answers: Answers;
  /** An answer in words ("Yes", "Images and video", "I don't know"). */
  describe: (questionId: string, value: AnswerValue) => string;
  /** A question's prompt, from the pack's or the Toolkit's definition. */
  prompt: (questionId: string) => string;
  notes?: QuestionNotes;
  ratedRisks?: readonly RatedRisk[];
  /**
   * Whether an unanswered question may still be answered: its conditions then read "maybe" and
   * leave what depends on them open. By default every unanswered question may. At the end of a
   * walkthrough, pass one that says no for questions passed or hidden, so rules read them as
   * unanswered and outcomes are decided instead of waiting for answers that cannot come.
   */
  isOpen?: (questionId: string) => boolean;
};
