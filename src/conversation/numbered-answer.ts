import { answerChoices } from '../questionnaires/answer-choices.ts';
import { type AnswerValue, isUnsure } from '../questionnaires/answers.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';
import { describeAnswer } from './describe-answer.ts';
import { inlineUserText } from './quote-user-text.ts';

// A long text answer is echoed by its start: the whole of it is in the transcript and the review.
const echoedTextLength = 300;

/**
 * An answer as the buttons showed it, so the person can check it against them: "2. It suggests or
 * ranks options for a person to choose from", "1. Biometric data (…); 3. Criminal records",
 * "4. Likely", "Yes", "I don't know", "12 officers", or the text in quotes.
 */
export function numberedAnswer(definition: Questionnaire, question: Question, value: AnswerValue): string {
  if (isUnsure(value)) return describeAnswer(definition, question, value);
  const choices = answerChoices(definition, question);
  const numbered = (item: string | number) => {
    const choice = choices.find((candidate) => candidate.value === item);
    return choice === undefined ? String(item) : `${choice.number}. ${choice.label}`;
  };
  switch (question.kind) {
    case 'single':
    case 'scale':
      return typeof value === 'object' ? describeAnswer(definition, question, value) : numbered(value);
    case 'multiple':
      return Array.isArray(value) && value.length > 0
        ? value.map(numbered).join('; ')
        : describeAnswer(definition, question, value);
    case 'yes-no':
    case 'number':
      return describeAnswer(definition, question, value);
    case 'text': {
      const text = describeAnswer(definition, question, value);
      // The person's own words: escaped so an address or markup they typed stays text.
      const shown = text.length > echoedTextLength ? `${text.slice(0, echoedTextLength)}…` : text;
      return `“${inlineUserText(shown)}”`;
    }
    default:
      return unknownQuestionKind(question);
  }
}
