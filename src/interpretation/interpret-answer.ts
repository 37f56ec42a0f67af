import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import type { AnswerCheck } from '../questionnaires/validate-answer.ts';
import { readAnswer } from './read-answer.ts';

/**
 * Any value RAIA can read from the text, exact or loose, as a checked answer; what is expected
 * otherwise. For readings that are confirmed anyway (a model's reply); typed answers go through
 * `readAnswer`, which tells the exact readings, recorded at once, from the proposals. Never throws.
 */
export function interpretAnswer(definition: Questionnaire, question: Question, text: string): AnswerCheck {
  const reading = readAnswer(definition, question, text);
  return reading.kind === 'none'
    ? { success: false, expected: reading.expected }
    : { success: true, value: reading.value };
}
