import type { AnswerValue } from '../questionnaires/answers.ts';
import { isUnsure } from '../questionnaires/answers.ts';
import { questionOptions } from '../questionnaires/question-options.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';

/** An answer in words: option labels, "3 (Possible)" for scales, the text itself for free text. */
export function formatAnswer(
  question: Question,
  definition: Questionnaire,
  value: AnswerValue | null,
): string {
  if (value === null) return 'not answered';
  if (isUnsure(value)) return "I don't know";
  const optionLabel = (candidate: string) =>
    questionOptions(question).find((option) => option.value === candidate)?.label ?? candidate;
  if (Array.isArray(value)) return value.length === 0 ? 'none of these' : value.map(optionLabel).join('; ');
  // A recorded value that does not fit its question is shown as it is, never dropped.
  switch (question.kind) {
    case 'single':
    case 'yes-no':
      return typeof value === 'string' ? optionLabel(value) : String(value);
    case 'scale': {
      if (typeof value !== 'number') return value;
      const point = definition.scales
        .find((scale) => scale.id === question.scale)
        ?.points.find((candidate) => candidate.value === value);
      return point === undefined ? String(value) : `${value} (${point.label})`;
    }
    case 'number': {
      if (typeof value !== 'number') return value;
      const unit = question.number?.unit;
      return unit === undefined ? String(value) : `${value} ${unit}`;
    }
    case 'multiple':
    case 'text':
      return String(value);
    default:
      return unknownQuestionKind(question);
  }
}
