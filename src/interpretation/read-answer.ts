import { type AnswerChoice, answerChoices, formatChoices } from '../questionnaires/answer-choices.ts';
import { expectedAnswer } from '../questionnaires/expected-answer.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';
import { validateAnswer } from '../questionnaires/validate-answer.ts';
import { bareYesOrNo, isUnsurePhrase } from './answer-phrases.ts';
import type { AnswerReading } from './answer-reading.ts';
import { normalizeText } from './normalize-text.ts';
import { parseNumber } from './parse-number.ts';
import { type ChoiceReading, readChoice } from './read-choice.ts';
import { readSelection } from './read-selection.ts';
import { readYesNo } from './read-yes-no.ts';

// "How many ...?" -> "none" is a count of zero.
const zeroWords = ['none', 'no', 'nobody', 'nothing', 'nil', 'zero', 'no one'];
/** A number typed as digits, with at most a percent sign after it: "12", "3.5", "1,200", "50%". */
const plainNumberPattern = /^\s*-?\d[\d.,]*\s*%?\s*$/;

/**
 * Reads what a person typed as an answer to `question`, without a language model: exact readings
 * are recorded at once, every looser one is a proposal the person confirms (answer-reading.ts).
 * Any value returned passes `validateAnswer`. Never throws.
 */
export function readAnswer(definition: Questionnaire, question: Question, text: string): AnswerReading {
  const expected = expectedAnswer(definition, question);
  if (text.trim() === '') return { kind: 'none', expected };
  if (question.kind === 'text') return checked(definition, question, { kind: 'exact', value: text });
  const choices = answerChoices(definition, question);
  const isLabel = isChoicePhrase(choices, text);
  if (isUnsurePhrase(text, true) && !isLabel) {
    return question.allowUnsure ? { kind: 'exact', value: { unsure: true } } : { kind: 'none', expected };
  }
  // "No idea whether it ranks" must not be read as "no", nor as an option it happens to name.
  if (isUnsurePhrase(text) && !isLabel) {
    if (!question.allowUnsure) return { kind: 'none', expected };
    const lead = normalizeText(text).split(' ').slice(0, 3).join(' ');
    return { kind: 'proposal', value: { unsure: true }, reason: `it starts with “${lead}”` };
  }
  return checked(definition, question, readByKind(question, choices, text, expected));
}

function readByKind(
  question: Question,
  choices: AnswerChoice[],
  text: string,
  expected: string,
): AnswerReading {
  switch (question.kind) {
    case 'single':
    case 'scale':
      return fromChoice(readChoice(choices, text, question.prompt), expected);
    case 'yes-no':
      return readYesNoQuestion(question, choices, text, expected);
    case 'multiple': {
      const selection = readSelection(choices, text, question.prompt);
      if (selection.kind === 'exact') return { kind: 'exact', value: selection.values };
      if (selection.kind === 'proposal')
        return { kind: 'proposal', value: selection.values, reason: selection.reason };
      if (selection.kind === 'ambiguous') return ambiguity(selection.candidates, expected);
      return { kind: 'none', expected };
    }
    case 'number':
      return readNumber(text, expected);
    case 'text':
      return { kind: 'exact', value: text };
    default:
      return unknownQuestionKind(question);
  }
}

function readYesNoQuestion(
  question: Question,
  choices: AnswerChoice[],
  text: string,
  expected: string,
): AnswerReading {
  const reading = readChoice(choices, text, question.prompt);
  if (reading.kind === 'exact') return { kind: 'exact', value: reading.choice.value };
  const bare = bareYesOrNo(text);
  const byValue = (value: string) => choices.find((choice) => choice.value === value);
  const bareChoice = bare === null ? undefined : byValue(bare);
  // "yep", "nope": RAIA's own fixed words for the two answers, read as exactly as the labels.
  if (bareChoice !== undefined) return { kind: 'exact', value: bareChoice.value };
  const sentence = readYesNo(question.prompt, text);
  if (sentence === 'mixed') return ambiguity(choices, expected);
  const sentenceChoice = sentence === undefined ? undefined : byValue(sentence.value);
  if (sentence !== undefined && sentenceChoice !== undefined)
    return { kind: 'proposal', value: sentenceChoice.value, reason: sentence.reason };
  return fromChoice(reading, expected);
}

function fromChoice(reading: ChoiceReading, expected: string): AnswerReading {
  switch (reading.kind) {
    case 'exact':
      return { kind: 'exact', value: reading.choice.value };
    case 'proposal':
      return { kind: 'proposal', value: reading.choice.value, reason: reading.reason };
    case 'ambiguous':
      return ambiguity(reading.candidates, expected);
    case 'none':
      return { kind: 'none', expected };
    default:
      return reading satisfies never;
  }
}

function readNumber(text: string, expected: string): AnswerReading {
  const normalized = normalizeText(text);
  if (zeroWords.includes(normalized)) return { kind: 'proposal', value: 0, reason: `“${normalized}” is 0` };
  const parsed = parseNumber(text);
  if (!parsed.success) return { kind: 'none', expected };
  // Digits alone are the number itself; a number found in a sentence or in words is a reading.
  if (plainNumberPattern.test(text)) return { kind: 'exact', value: parsed.value };
  return { kind: 'proposal', value: parsed.value, reason: `it gives the number ${parsed.value}` };
}

/** Every reading is checked as a stored answer would be, so none can name a value the question refuses. */
function checked(definition: Questionnaire, question: Question, reading: AnswerReading): AnswerReading {
  if (reading.kind === 'none') return reading;
  const check = validateAnswer(definition, question, reading.value);
  if (!check.success) return { kind: 'none', expected: check.expected };
  return { ...reading, value: check.value };
}

/** Lists the candidates first, then what is expected, so the reply can re-ask precisely. */
function ambiguity(candidates: AnswerChoice[], expected: string): AnswerReading {
  return { kind: 'none', expected: `That could mean ${formatChoices(candidates)}. ${expected}` };
}

/** An option literally labelled like an unsure phrase ("Unknown") is an option, not "I don't know". */
function isChoicePhrase(choices: AnswerChoice[], text: string): boolean {
  const normalized = normalizeText(text);
  return choices
    .flatMap((choice) => [choice.label, ...choice.synonyms].map(normalizeText))
    .includes(normalized);
}
