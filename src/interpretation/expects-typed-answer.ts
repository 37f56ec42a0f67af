import type { QuestionKind } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';

/**
 * Whether a question of this kind is answered by typing a value (a number, free text) rather than
 * by picking one of its numbered options: channels that let "3" pick option 3 must not do so here.
 */
export function expectsTypedAnswer(kind: QuestionKind): boolean {
  switch (kind) {
    case 'number':
    case 'text':
      return true;
    case 'single':
    case 'multiple':
    case 'scale':
    case 'yes-no':
      return false;
    default:
      return unknownQuestionKind(kind);
  }
}
