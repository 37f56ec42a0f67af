import { answerChoices } from './answer-choices.ts';
import type { AnswerValue } from './answers.ts';
import { isUnsure } from './answers.ts';
import { compiledQuestionnaire } from './compiled-questionnaire.ts';
import { expectedAnswer, maximumTextLength, tooLongAnswer } from './expected-answer.ts';
import type { Question, Questionnaire, QuestionOfKind } from './schema.ts';
import { unknownQuestionKind } from './unknown-question-kind.ts';

/** A checked answer (normalised: text trimmed, multiple choices in definition order), or what was expected. */
export type AnswerCheck = { success: true; value: AnswerValue } | { success: false; expected: string };

/** Whether `value` is an acceptable answer to `question`, the one check every answer passes before it is stored. */
export function validateAnswer(
  definition: Questionnaire,
  question: Question,
  value: AnswerValue,
): AnswerCheck {
  // Too long is said as such, with the limit: never cut, and never the generic request.
  if (question.kind === 'text' && typeof value === 'string' && value.trim().length > maximumTextLength)
    return { success: false, expected: tooLongAnswer(value.trim().length) };
  const accepted = acceptedValue(definition, question, value);
  return accepted === undefined
    ? { success: false, expected: expectedAnswer(definition, question) }
    : { success: true, value: accepted };
}

function acceptedValue(
  definition: Questionnaire,
  question: Question,
  value: AnswerValue,
): AnswerValue | undefined {
  if (isUnsure(value)) return question.allowUnsure ? { unsure: true } : undefined;
  const choiceValues =
    compiledQuestionnaire(definition).choicesOf(question)?.values ??
    answerChoices(definition, question).map((choice) => choice.value);
  switch (question.kind) {
    case 'single':
    case 'yes-no':
    case 'scale':
      return (typeof value === 'string' || typeof value === 'number') && choiceValues.includes(value)
        ? value
        : undefined;
    case 'multiple':
      return acceptedSelection(question, choiceValues, value);
    case 'number':
      return acceptedNumber(question, value);
    case 'text': {
      if (typeof value !== 'string') return undefined;
      const trimmed = value.trim();
      return trimmed.length > 0 && trimmed.length <= maximumTextLength ? trimmed : undefined;
    }
    default:
      return unknownQuestionKind(question);
  }
}

function acceptedSelection(
  question: QuestionOfKind<'multiple'>,
  choiceValues: readonly (string | number)[],
  value: AnswerValue,
): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  if (new Set(value).size !== value.length) return undefined;
  if (!value.every((item) => choiceValues.includes(item))) return undefined;
  // An empty selection means "none of these", which only an optional question accepts.
  if (value.length === 0 && question.required) return undefined;
  return choiceValues.filter(
    (choice): choice is string => typeof choice === 'string' && value.includes(choice),
  );
}

function acceptedNumber(question: QuestionOfKind<'number'>, value: AnswerValue): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const limits = question.number;
  if (limits === undefined) return value;
  if (limits.integer && !Number.isInteger(value)) return undefined;
  if (limits.min !== undefined && value < limits.min) return undefined;
  if (limits.max !== undefined && value > limits.max) return undefined;
  // -0 would survive JSON as 0 and break equality after a round trip.
  return value === 0 ? 0 : value;
}
