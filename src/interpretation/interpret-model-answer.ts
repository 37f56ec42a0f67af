import { answerChoices } from '../questionnaires/answer-choices.ts';
import type { AnswerValue } from '../questionnaires/answers.ts';
import { expectedAnswer } from '../questionnaires/expected-answer.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';
import { type AnswerCheck, validateAnswer } from '../questionnaires/validate-answer.ts';

/** The model's "no option fits", with or without a full stop, in any case. */
const noneReply = /^none\.?$/i;
/** One option number, optionally followed by a full stop: `3`, `3.`. */
const optionNumber = /^(\d{1,3})\.?$/;
/** Option numbers separated by commas: `1, 3`. */
const optionNumbers = /^\d{1,3}(?:\s*,\s*\d{1,3})*\.?$/;
/** A plain decimal number, for number questions. */
const plainNumber = /^-?\d{1,15}(?:\.\d{1,6})?$/;

/**
 * Reads a language model's reply to "which option does this answer mean?". Only a bare option
 * number (several, comma-separated, where the question allows several) or, for a number question, a
 * bare number is accepted; NONE and anything else are no proposal. The reply is never read like
 * typed words: "none" is a synonym of a real option ("Negligible"), and a model that rambles has
 * not named one.
 */
export function interpretModelAnswer(
  definition: Questionnaire,
  question: Question,
  reply: string,
): AnswerCheck {
  const noProposal: AnswerCheck = { success: false, expected: expectedAnswer(definition, question) };
  const text = reply.trim();
  // NONE first: whatever else the rules below accept, NONE never becomes an answer.
  if (noneReply.test(text)) return noProposal;
  const value = readValue(definition, question, text);
  return value === undefined ? noProposal : validateAnswer(definition, question, value);
}

function readValue(definition: Questionnaire, question: Question, text: string): AnswerValue | undefined {
  const values = answerChoices(definition, question).map((choice) => choice.value);
  const byNumber = (number: string) => values[Number(number) - 1];
  switch (question.kind) {
    case 'single':
    case 'yes-no':
    case 'scale': {
      const number = optionNumber.exec(text)?.[1];
      return number === undefined ? undefined : byNumber(number);
    }
    case 'multiple': {
      if (!optionNumbers.test(text)) return undefined;
      const picked = [...new Set(text.replace(/\.$/, '').split(/\s*,\s*/))].map(byNumber);
      // validateAnswer puts the selection in definition order and refuses values not offered.
      return picked.some((value) => value === undefined) ? undefined : picked.map(String);
    }
    case 'number':
      return plainNumber.test(text) ? Number(text) : undefined;
    case 'text':
      return undefined;
    default:
      return unknownQuestionKind(question);
  }
}
