import { type AnswerChoice, answerChoices, formatChoices } from '../questionnaires/answer-choices.ts';
import type { AnswerValue } from '../questionnaires/answers.ts';
import { expectedAnswer } from '../questionnaires/expected-answer.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';
import { type AnswerCheck, validateAnswer } from '../questionnaires/validate-answer.ts';
import { isUnsurePhrase } from './answer-phrases.ts';
import { interpretSelection } from './interpret-selection.ts';
import { isFreeText } from './is-free-text.ts';
import { type ChoiceMatch, matchChoice } from './match-choice.ts';
import { normalizeText } from './normalize-text.ts';
import { parseNumber } from './parse-number.ts';

// "How many ...?" -> "none" is a count of zero.
const zeroWords = ['none', 'no', 'nobody', 'nothing', 'nil', 'zero', 'no one'];

/**
 * Reads what a person typed as an answer to `question`, without a language model. A success always
 * passes `validateAnswer`; anything unclear fails with what is expected (choices numbered). Never throws.
 */
export function interpretAnswer(definition: Questionnaire, question: Question, text: string): AnswerCheck {
  const expected = expectedAnswer(definition, question);
  if (text.trim() === '') return { success: false, expected };
  const isText = isFreeText(question);
  if (isUnsurePhrase(text, isText) && !isChoiceLabel(definition, question, text)) {
    if (question.allowUnsure) return { success: true, value: { unsure: true } };
    // "No idea" must not be read as "no"; as free text it is a legitimate answer.
    if (!isText) return { success: false, expected };
  }
  const value = readValue(definition, question, text, expected);
  if (value === undefined) return { success: false, expected };
  if (typeof value === 'object' && 'ambiguous' in value) return { success: false, expected: value.ambiguous };
  return validateAnswer(definition, question, value);
}

type Reading = AnswerValue | { ambiguous: string } | undefined;

function readValue(definition: Questionnaire, question: Question, text: string, expected: string): Reading {
  const choices = answerChoices(definition, question);
  switch (question.kind) {
    case 'single':
    case 'yes-no':
    case 'scale':
      return fromMatch(matchChoice(choices, text));
    case 'multiple': {
      const selection = interpretSelection(choices, text);
      if (selection.kind === 'ambiguous') return { ambiguous: ambiguity(selection.candidates, expected) };
      return selection.kind === 'selected' ? selection.values : undefined;
    }
    case 'number': {
      if (zeroWords.includes(normalizeText(text))) return 0;
      const parsed = parseNumber(text);
      return parsed.success ? parsed.value : undefined;
    }
    case 'text':
      return text;
    default:
      return unknownQuestionKind(question);
  }

  function fromMatch(match: ChoiceMatch): Reading {
    if (match.kind === 'match') return match.choice.value;
    if (match.kind === 'ambiguous') return { ambiguous: ambiguity(match.candidates, expected) };
    return undefined;
  }
}

/** Lists the candidates first, then what is expected, so the reply can re-ask precisely. */
function ambiguity(candidates: AnswerChoice[], expected: string): string {
  return `That could mean ${formatChoices(candidates)}. ${expected}`;
}

/** An option literally labelled like an unsure phrase ("Unknown") is an option, not "I don't know". */
function isChoiceLabel(definition: Questionnaire, question: Question, text: string): boolean {
  const normalized = normalizeText(text);
  return answerChoices(definition, question)
    .flatMap((choice) => [choice.label, ...choice.synonyms].map(normalizeText))
    .includes(normalized);
}
