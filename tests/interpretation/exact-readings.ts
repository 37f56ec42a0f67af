import { parseNumber } from '../../src/interpretation/parse-number.ts';
import { answerChoices } from '../../src/questionnaires/answer-choices.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import type { Question, Questionnaire } from '../../src/questionnaires/schema.ts';

/**
 * The answers a text reads as exactly, written from the rule rather than from the reader: a choice
 * number in digits, text equal (after case, spaces and punctuation) to a label, synonym or value,
 * RAIA's fixed yes/no and "I don't know" words, "all"/"none", lists of such parts, digits for a
 * number, any text for a text question. Empty: no exact reading, so nothing may be recorded at once.
 */
export function exactReadings(definition: Questionnaire, question: Question, text: string): AnswerValue[] {
  if (question.kind === 'text') {
    const trimmed = text.trim();
    return trimmed.length > 0 && trimmed.length <= 2000 ? [trimmed] : [];
  }
  const normalized = plain(text);
  if (question.allowUnsure && (unsure.includes(normalized) || /^\s*\?+\s*$/.test(text)))
    return [{ unsure: true }];
  switch (question.kind) {
    case 'number': {
      const parsed = parseNumber(text);
      return /^\s*-?\d[\d.,]*\s*%?\s*$/.test(text) && parsed.success ? [parsed.value] : [];
    }
    case 'multiple':
      return exactSelections(definition, question, text);
    case 'yes-no': {
      const bare = bareYes.includes(normalized) ? 'yes' : bareNo.includes(normalized) ? 'no' : undefined;
      const choice = answerChoices(definition, question).find((candidate) => candidate.value === bare);
      return choice === undefined ? exactChoices(definition, question, text) : [choice.value];
    }
    default:
      return exactChoices(definition, question, text);
  }
}

const unsure = ['i dont know', 'i do not know', 'dont know', 'do not know', 'dunno', 'idk', 'not sure'];
unsure.push('im not sure', 'i am not sure', 'unsure', 'no idea', 'i have no idea', 'not certain');
unsure.push(
  'uncertain',
  'unknown',
  'cant say',
  'cannot say',
  'hard to say',
  'i cant tell',
  'cant tell',
  'no clue',
);
const bareYes = ['y', 'yes', 'yeah', 'yea', 'yep', 'yup', 'aye'];
const bareNo = ['n', 'no', 'nope', 'nah'];
const all = [
  'all',
  'all of them',
  'all of the above',
  'everything',
  'every one',
  'all options',
  'all the above',
];
const none = ['none', 'none of them', 'none of the above', 'nothing', 'neither', 'not any'];

function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function withoutArticle(text: string): string {
  return text.replace(/^(?:the|a|an) (?=.)/, '');
}

function exactChoices(definition: Questionnaire, question: Question, text: string): Array<string | number> {
  const choices = answerChoices(definition, question);
  const typed = withoutArticle(plain(text));
  // A number typed is a position ("2" on a 0-3 scale is its second point), so only text values name a choice.
  const namesOf = (choice: (typeof choices)[number]) =>
    typeof choice.value === 'string'
      ? [choice.label, ...choice.synonyms, choice.value]
      : [choice.label, ...choice.synonyms];
  const named = choices.filter((choice) =>
    namesOf(choice).some((name) => withoutArticle(plain(name)) === typed),
  );
  if (named.length > 0) return named.map((choice) => choice.value);
  const digits = /^(?:(?:option|choice|number|answer|nr|no) )?(\d+)$/.exec(typed);
  if (digits === null) return [];
  const position = Number(digits[1]);
  const byPosition = choices.filter((choice) => choice.number === position);
  const byValue = choices.filter((choice) => choice.value === position);
  return (byPosition.length > 0 ? byPosition : byValue).map((choice) => choice.value);
}

function exactSelections(definition: Questionnaire, question: Question, text: string): string[][] {
  const choices = answerChoices(definition, question);
  const normalized = plain(text);
  const inOrder = (values: Array<string | number>) =>
    choices.map((choice) => String(choice.value)).filter((value) => values.map(String).includes(value));
  const whole = exactChoices(definition, question, text);
  if (whole.length === 1) return [inOrder(whole)];
  if (all.includes(normalized) || (normalized === 'both' && choices.length === 2))
    return [inOrder(choices.map((choice) => choice.value))];
  if (none.includes(normalized)) return [[]];
  const parts = text
    .split(/[,;/&+\n]+/)
    .flatMap((piece) => {
      const words = plain(piece).split(' ');
      return words.every((word) => /^\d+$/.test(word))
        ? words
        : plain(piece).split(/\b(?:and|or|plus|as well as)\b/);
    })
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const values: Array<string | number> = [];
  for (const part of parts) {
    const read = exactChoices(definition, question, part);
    if (read.length !== 1) return [];
    values.push(...read);
  }
  return values.length === 0 ? [] : [inOrder(values)];
}
