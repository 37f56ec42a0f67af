import type { Option, Question } from './schema.ts';
import { unknownQuestionKind } from './unknown-question-kind.ts';

/** The options a question lists (single, multiple, yes-no); none for kinds answered otherwise. */
export function questionOptions(question: Question): Option[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
    case 'yes-no':
      return question.options;
    case 'scale':
    case 'text':
    case 'number':
      return [];
    default:
      return unknownQuestionKind(question);
  }
}
