import { answerChoices, formatChoices } from './answer-choices.ts';
import type { Question, Questionnaire, QuestionOfKind } from './schema.ts';
import { formatCount, textLimits } from './text-limits.ts';
import { unknownQuestionKind } from './unknown-question-kind.ts';

/** Longest free-text answer kept (see text-limits.ts). */
export const maximumTextLength = textLimits.answer;

/** Why a free-text answer this long was refused whole, naming the limit and what to do instead. */
export function tooLongAnswer(length: number): string {
  return `Your answer has ${formatCount(length)} characters; an answer here can have at most ${formatCount(maximumTextLength)}. Nothing was recorded: shorten it, or keep it as a note.`;
}

/** What a question accepts, phrased as a request to the person answering. */
export function expectedAnswer(definition: Questionnaire, question: Question): string {
  const unsure = question.allowUnsure ? ', or say "I don\'t know"' : '';
  switch (question.kind) {
    case 'single':
    case 'yes-no':
    case 'scale':
      return `Please choose one of: ${formatChoices(answerChoices(definition, question))}${unsure}`;
    case 'multiple': {
      const none = question.required ? '' : ', or "none"';
      const list = formatChoices(answerChoices(definition, question));
      return `Please choose one or more of: ${list} (for example "1, 3")${none}${unsure}`;
    }
    case 'number':
      return `${expectedNumber(question)}${unsure}`;
    case 'text':
      return `Please write an answer of up to ${formatCount(maximumTextLength)} characters${unsure}`;
    default:
      return unknownQuestionKind(question);
  }
}

function expectedNumber(question: QuestionOfKind<'number'>): string {
  const { min, max, integer, unit } = question.number ?? { integer: false };
  const what = integer ? 'a whole number' : 'a number';
  const range =
    min !== undefined && max !== undefined
      ? ` between ${min} and ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : max !== undefined
          ? ` of at most ${max}`
          : '';
  const unitText = unit === undefined ? '' : ` (${unit})`;
  return `Please enter ${what}${range}${unitText}`;
}
