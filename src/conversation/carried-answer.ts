import { type AnswerValue, answerValueSchema } from '../questionnaires/answers.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { validateAnswer } from '../questionnaires/validate-answer.ts';
import type { CarriedOver } from './session-data.ts';

/**
 * The answer a reassessment carried over to this question, still to be kept or changed: only for
 * the questionnaire and version it was carried to, and only while it still fits the question (the
 * check every answer passes). Undefined when there is none.
 */
export function carriedAnswer(
  carried: CarriedOver | undefined,
  definition: Questionnaire,
  question: Question,
): AnswerValue | undefined {
  if (carried === undefined || carried.questionnaireId !== definition.id) return undefined;
  if (carried.toVersion !== definition.version) return undefined;
  if (!Object.hasOwn(carried.answers, question.id)) return undefined;
  // The blob keeps carried values as unknown: parsed here like any answer from outside.
  const parsed = answerValueSchema.safeParse(carried.answers[question.id]?.value);
  if (!parsed.success) return undefined;
  const checked = validateAnswer(definition, question, parsed.data);
  return checked.success ? checked.value : undefined;
}
