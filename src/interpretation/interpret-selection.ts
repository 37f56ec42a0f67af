import type { AnswerChoice } from '../questionnaires/answer-choices.ts';
import { matchChoice } from './match-choice.ts';
import { normalizeText } from './normalize-text.ts';

export type Selection =
  | { kind: 'selected'; values: string[] }
  | { kind: 'ambiguous'; candidates: AnswerChoice[] }
  | { kind: 'none' };

const allPhrases = [
  'all',
  'all of them',
  'all of the above',
  'everything',
  'every one',
  'all options',
  'all the above',
];
const nonePhrases = ['none', 'none of them', 'none of the above', 'nothing', 'neither', 'no', 'not any'];

/** Reads a list of choices: "1, 3 and 4", "images and text", "all of them", "none". */
export function interpretSelection(choices: AnswerChoice[], text: string): Selection {
  const whole = matchChoice(choices, text);
  // A label that itself contains "and" ("Images and video") must win over splitting the text.
  if (whole.kind === 'match' && whole.reading === 'exact') return selected([whole.choice]);
  const normalized = normalizeText(text);
  if (allPhrases.includes(normalized) || (normalized === 'both' && choices.length === 2))
    return selected(choices);
  if (nonePhrases.includes(normalized)) return { kind: 'selected', values: [] };
  const picked: AnswerChoice[] = [];
  for (const piece of text.split(/[,;/&+\n]+/)) {
    if (normalizeText(piece) === '') continue;
    const result = readPiece(choices, piece);
    if (result.kind !== 'selected') return result;
    picked.push(...choices.filter((choice) => result.values.includes(String(choice.value))));
  }
  return picked.length === 0 ? { kind: 'none' } : selected(picked);
}

function readPiece(choices: AnswerChoice[], piece: string): Selection {
  const whole = matchChoice(choices, piece);
  if (whole.kind === 'match' && whole.reading === 'exact') return selected([whole.choice]);
  // "1 3 4" and "images and text": split on spaces between numbers, or on joining words, when every part reads.
  const normalized = normalizeText(piece);
  const words = normalized.split(' ');
  const parts = words.every((word) => /^\d+$/.test(word))
    ? words
    : normalized.split(/\b(?:and|or|plus|as well as)\b/).map((part) => part.trim());
  const matches = parts.filter((part) => part !== '').map((part) => matchChoice(choices, part));
  const picked = matches.flatMap((match) => (match.kind === 'match' ? [match.choice] : []));
  if (matches.length > 1 && picked.length === matches.length) return selected(picked);
  // With several parts, one label found inside the text would silently drop the rest ("faces and bananas").
  if (whole.kind === 'match' && (matches.length < 2 || whole.reading !== 'label-in-text'))
    return selected([whole.choice]);
  if (whole.kind === 'ambiguous') return whole;
  const unclear = matches.find((match) => match.kind === 'ambiguous');
  return unclear?.kind === 'ambiguous' ? unclear : { kind: 'none' };
}

function selected(choices: AnswerChoice[]): Selection {
  const values = choices.map((choice) => String(choice.value));
  return { kind: 'selected', values: [...new Set(values)] };
}
