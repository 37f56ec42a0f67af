import { answerChoices } from '../questionnaires/answer-choices.ts';
import { type AnswerValue, isUnsure } from '../questionnaires/answers.ts';
import { compiledQuestionnaire } from '../questionnaires/compiled-questionnaire.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';

/** An answer as people read it: "Likely (4)", "Images and video, Text", "I don't know". */
export function describeAnswer(definition: Questionnaire, question: Question, value: AnswerValue): string {
  if (isUnsure(value)) return "I don't know";
  const labels = compiledQuestionnaire(definition).choicesOf(question)?.labels;
  const labelOf = (item: string | number) =>
    (labels === undefined
      ? answerChoices(definition, question).find((choice) => choice.value === item)?.label
      : labels.get(item)) ?? String(item);
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map(labelOf).join(', ');
  switch (question.kind) {
    case 'scale':
      return `${labelOf(value)} (${value})`;
    case 'number': {
      const unit = question.number?.unit;
      if (unit === undefined) return String(value);
      return unit === '%' ? `${value}%` : `${value} ${unit}`;
    }
    case 'text':
      return String(value);
    case 'single':
    case 'multiple':
    case 'yes-no':
      return labelOf(value);
    default:
      return unknownQuestionKind(question);
  }
}
