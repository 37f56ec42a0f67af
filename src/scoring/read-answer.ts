import type { AnswerRecord, AnswerValue } from '../questionnaires/answers.ts';
import { isUnsure } from '../questionnaires/answers.ts';
import type { Option, Question, Questionnaire } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';

/** What a recorded answer means for its question; anything that does not fit the question is `invalid`. */
export type AnswerReading =
  | { status: 'unanswered' }
  | { status: 'invalid'; value: AnswerValue }
  | { status: 'unsure'; value: AnswerValue }
  | { status: 'option'; value: string; option: Option }
  | { status: 'options'; value: string[]; options: Option[] }
  | { status: 'scale-point'; value: number; index: number; label: string }
  | { status: 'number'; value: number }
  | { status: 'text'; value: string };

function readValue(question: Question, definition: Questionnaire, value: AnswerValue): AnswerReading {
  const invalid: AnswerReading = { status: 'invalid', value };
  switch (question.kind) {
    case 'single':
    case 'yes-no': {
      const option = question.options.find((candidate) => candidate.value === value);
      return option === undefined || typeof value !== 'string'
        ? invalid
        : { status: 'option', value, option };
    }
    case 'multiple': {
      if (!Array.isArray(value)) return invalid;
      const chosen = question.options.filter((option) => value.includes(option.value));
      return chosen.length === new Set(value).size ? { status: 'options', value, options: chosen } : invalid;
    }
    case 'scale': {
      const points = definition.scales.find((scale) => scale.id === question.scale)?.points ?? [];
      const index = points.findIndex((point) => point.value === value);
      const point = points[index];
      return point === undefined
        ? invalid
        : { status: 'scale-point', value: point.value, index, label: point.label };
    }
    case 'number': {
      const range = question.number;
      if (typeof value !== 'number' || !Number.isFinite(value)) return invalid;
      if (range?.integer === true && !Number.isInteger(value)) return invalid;
      if ((range?.min !== undefined && value < range.min) || (range?.max !== undefined && value > range.max))
        return invalid;
      return { status: 'number', value };
    }
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? { status: 'text', value } : invalid;
    default:
      return unknownQuestionKind(question);
  }
}

/**
 * Reads the record of a shown question. `proposedByModel` is provenance only: a proposal becomes an
 * answer only when a person confirms it (unconfirmed ones wait in the walkthrough, never in answers).
 */
export function readAnswer(
  question: Question,
  definition: Questionnaire,
  record: AnswerRecord | undefined,
): AnswerReading {
  if (record === undefined) return { status: 'unanswered' };
  // "I don't know" where it was not offered is a mistake to fix, not an answer to score.
  if (isUnsure(record.value))
    return { status: question.allowUnsure ? 'unsure' : 'invalid', value: record.value };
  return readValue(question, definition, record.value);
}

/** The answer value as given, for traces (null when there is none). */
export function readingValue(reading: AnswerReading): AnswerValue | null {
  return reading.status === 'unanswered' ? null : reading.value;
}
