import type { AnswerChoice } from '../questionnaires/answer-choices.ts';
import { matchChoice } from './match-choice.ts';
import { normalizeText } from './normalize-text.ts';
import { rankChoices } from './rank-choices.ts';
import { listWords, minimumChoiceScore, readChoice } from './read-choice.ts';

/** Several choices read from text, like one choice: exact, proposed with a reason, unclear, or nothing. */
export type SelectionReading =
  | { kind: 'exact'; values: string[] }
  | { kind: 'proposal'; values: string[]; reason: string }
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
const nonePhrases = ['none', 'none of them', 'none of the above', 'nothing', 'neither', 'not any'];

/**
 * Reads a list of choices: "1, 3 and 4", "images and text", "all of them", "none". Exact when the
 * whole text is a label, a fixed "all" or "none" phrase, or a list whose every part is a number or
 * a label; a list read any looser way ("faces from CCTV stills and custody photos") is a proposal.
 * A part that reads as nothing makes the whole list nothing: "faces and bananas" is not "faces".
 */
export function readSelection(
  choices: readonly AnswerChoice[],
  text: string,
  context = '',
): SelectionReading {
  const normalized = normalizeText(text);
  if (normalized === '') return { kind: 'none' };
  const whole = matchChoice([...choices], text);
  // A label that itself contains "and" ("Images and video") wins over splitting the text.
  if (whole.kind === 'match' && whole.reading === 'exact') return exact(choices, [whole.choice]);
  if (allPhrases.includes(normalized) || (normalized === 'both' && choices.length === 2))
    return exact(choices, choices);
  if (nonePhrases.includes(normalized)) return { kind: 'exact', values: [] };
  const pieces = splitList(text);
  const readings = pieces.map((piece) => readPiece(choices, piece, context));
  const picked: AnswerChoice[] = [];
  const words: string[] = [];
  const reasons: string[] = [];
  let allExact = true;
  for (const reading of readings) {
    if (reading.kind === 'ambiguous' || reading.kind === 'none') return reading;
    picked.push(...reading.choices);
    if (reading.exact) continue;
    allExact = false;
    if (reading.words !== undefined) words.push(...reading.words);
    else if (reading.reason !== undefined) reasons.push(reading.reason);
  }
  if (picked.length === 0) return { kind: 'none' };
  if (allExact) return exact(choices, picked);
  if (words.length > 0) reasons.unshift(`it mentions ${listWords([...new Set(words)])}`);
  return { kind: 'proposal', values: valuesOf(choices, picked), reason: reasons.join('; ') };
}

type PieceReading =
  | { kind: 'read'; choices: AnswerChoice[]; exact: boolean; words?: string[]; reason?: string }
  | { kind: 'ambiguous'; candidates: AnswerChoice[] }
  | { kind: 'none' };

/** One part of a list: one choice, or several when each is named by words of its own ("face images"). */
function readPiece(choices: readonly AnswerChoice[], piece: string, context: string): PieceReading {
  const single = readChoice(choices, piece, context);
  if (single.kind === 'exact') return { kind: 'read', choices: [single.choice], exact: true };
  // Several choices in one part count only when each has a word of its own ("face" and "CCTV").
  const named = rankChoices(choices, piece, context).filter((item) => item.score >= minimumChoiceScore);
  const hasOwnWord = (item: (typeof named)[number]) =>
    item.matched.some((word) => named.every((other) => other === item || !other.matched.includes(word)));
  if (named.length > 1 && named.every(hasOwnWord)) {
    const words = [...new Set(named.flatMap((item) => item.matched))];
    return { kind: 'read', choices: named.map((item) => item.choice), exact: false, words };
  }
  if (single.kind === 'proposal') {
    const { choice, reason, words } = single;
    return words === undefined
      ? { kind: 'read', choices: [choice], exact: false, reason }
      : { kind: 'read', choices: [choice], exact: false, words };
  }
  return single;
}

/** Parts separated by commas, semicolons, slashes, "&", "+", "and", "or", "plus", or numbers by spaces. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  for (const piece of text.split(/[,;/&+\n]+/)) {
    const normalized = normalizeText(piece);
    if (normalized === '') continue;
    const words = normalized.split(' ');
    if (words.every((word) => /^\d+$/.test(word))) parts.push(...words);
    else parts.push(...normalized.split(/\b(?:and|or|plus|as well as)\b/).map((part) => part.trim()));
  }
  return parts.filter((part) => part !== '');
}

function exact(choices: readonly AnswerChoice[], picked: readonly AnswerChoice[]): SelectionReading {
  return { kind: 'exact', values: valuesOf(choices, picked) };
}

/** Values in definition order, each once. */
function valuesOf(choices: readonly AnswerChoice[], picked: readonly AnswerChoice[]): string[] {
  const chosen = new Set(picked.map((choice) => String(choice.value)));
  return choices.map((choice) => String(choice.value)).filter((value) => chosen.has(value));
}
