import type { Question } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';

/**
 * Whether any text is itself the answer (nothing to match or parse), so a language model has nothing
 * to propose and a trailing "?" is the only sign that the person asked something instead.
 */
export function isFreeText(question: Question): boolean {
  switch (question.kind) {
    case 'text':
      return true;
    case 'single':
    case 'multiple':
    case 'scale':
    case 'yes-no':
    case 'number':
      return false;
    default:
      return unknownQuestionKind(question);
  }
}
