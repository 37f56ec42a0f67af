import type { Question } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';

/** A line under the question on how to answer it, where the choices alone do not say. */
export function answerHint(question: Question): string | undefined {
  switch (question.kind) {
    case 'multiple':
      return 'Choose one or more: type the numbers, e.g. "1, 3".';
    case 'single':
    case 'yes-no':
    case 'scale':
    case 'text':
    case 'number':
      return undefined;
    default:
      return unknownQuestionKind(question);
  }
}
