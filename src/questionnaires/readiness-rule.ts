import type { Option, Question } from './schema.ts';
import { unknownQuestionKind } from './unknown-question-kind.ts';

/** How readiness scoring gives a question points: from its options, from its scale, or not at all. */
export type ReadinessRule =
  | { points: 'options'; options: Option[] }
  | { points: 'scale'; scale: string }
  | { points: 'none' };

/**
 * Single and yes-no questions earn the chosen option's points, scale questions the chosen value
 * minus the scale's lowest; multiple, text and number questions are context only. The definition
 * checks and the scoring both read this, so they cannot disagree about a kind.
 */
export function readinessRule(question: Question): ReadinessRule {
  switch (question.kind) {
    case 'single':
    case 'yes-no':
      return { points: 'options', options: question.options };
    case 'scale':
      return { points: 'scale', scale: question.scale };
    case 'multiple':
    case 'text':
    case 'number':
      return { points: 'none' };
    default:
      return unknownQuestionKind(question);
  }
}
