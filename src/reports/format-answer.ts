import type { AnswerValue } from '../questionnaires/answers.ts';
import { isUnsure } from '../questionnaires/answers.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';

/** An answer in words: option labels, "3 (Possible)" for scales, the text itself for free text. */
export function formatAnswer(
  question: Question,
  definition: Questionnaire,
  value: AnswerValue | null,
): string {
  if (value === null) return 'not answered';
  if (isUnsure(value)) return "I don't know";
  const optionLabel = (candidate: string) =>
    question.options?.find((option) => option.value === candidate)?.label ?? candidate;
  if (Array.isArray(value)) return value.length === 0 ? 'none of these' : value.map(optionLabel).join('; ');
  if (question.kind === 'scale' && typeof value === 'number') {
    const point = definition.scales
      .find((scale) => scale.id === question.scale)
      ?.points.find((candidate) => candidate.value === value);
    return point === undefined ? String(value) : `${value} (${point.label})`;
  }
  if (typeof value === 'string' && (question.kind === 'single' || question.kind === 'yes-no'))
    return optionLabel(value);
  if (typeof value === 'number')
    return `${value}${question.number?.unit === undefined ? '' : ` ${question.number.unit}`}`;
  return value;
}
