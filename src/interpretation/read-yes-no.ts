import { normalizeText } from './normalize-text.ts';
import { oppositeKey, readWords } from './read-words.ts';

/** A yes or a no read from a sentence, and why, in words the person can check. */
export type YesNoReading = { value: 'yes' | 'no'; reason: string };

// Normalised, whole words at the start (or end) of the text.
const yesWords = [
  'yes',
  'yeah',
  'yep',
  'yup',
  'sure',
  'correct',
  'true',
  'absolutely',
  'definitely',
  'certainly',
  'indeed',
  'of course',
  'i think so',
  'i believe so',
  'it does',
  'it could',
  'it can',
  'it may',
  'it might',
  'we do',
  'we have',
  'there is',
  'there are',
];
const noWords = [
  'no',
  'nope',
  'nah',
  'never',
  'not really',
  'not at all',
  'not yet',
  'not currently',
  'not applicable',
  'n a',
  'i dont think so',
  'i do not think so',
  'we dont',
  'we do not',
  'we havent',
  'we have not',
  'it doesnt',
  'it does not',
  'it cannot',
  'it cant',
  'there is no',
  'there are no',
  'theres no',
];
// "yes, but only for suspects" says two things: the person should choose.
const contrastWords = ['but', 'however', 'although', 'though', 'except', 'unless', 'partly', 'partially'];

/**
 * Reads a yes or a no from a sentence answering a yes-no `prompt`: by a leading (or final) yes or
 * no word, or else by whether the sentence says what the question asks about ("retention periods
 * are set and enforced") or says it with a negation ("there is no written plan"). `mixed`: it says
 * both ("yes and no", "yes, but not yet"). Only ever a proposal: the person confirms it.
 */
export function readYesNo(prompt: string, text: string): YesNoReading | 'mixed' | undefined {
  const normalized = normalizeText(text);
  if (normalized === '') return undefined;
  if (contrastWords.some((word) => hasWord(normalized, word))) return 'mixed';
  const yes = leading(normalized, yesWords);
  const no = leading(normalized, noWords);
  // "there is no" starts with "there is": the longer lead is the one meant.
  if (yes !== undefined && (no === undefined || (no.length > yes.length && no.startsWith(yes))))
    return no === undefined
      ? { value: 'yes', reason: `it says “${yes}”` }
      : { value: 'no', reason: `it says “${no}”` };
  if (no !== undefined && (yes === undefined || (yes.length > no.length && yes.startsWith(no))))
    return yes === undefined
      ? { value: 'no', reason: `it says “${no}”` }
      : { value: 'yes', reason: `it says “${yes}”` };
  if (yes !== undefined || no !== undefined) return 'mixed';
  return byPolarity(prompt, text);
}

function byPolarity(prompt: string, text: string): YesNoReading | undefined {
  const asked = new Set(readWords(prompt).map((word) => word.key));
  const said = readWords(text);
  const agreeing = said.filter((word) => word.negation === undefined && asked.has(word.key));
  const opposing = said.filter((word) => word.negation === undefined && asked.has(oppositeKey(word.key)));
  const bare = said.find((word) => word.negation === 'bare');
  const balance = agreeing.length - opposing.length;
  if (balance > 0 && bare === undefined)
    return { value: 'yes', reason: `it says ${quoted(agreeing)} without a “no” or “not”` };
  if (balance > 0 && bare !== undefined)
    return { value: 'no', reason: `it says “${bare.surface}” about ${quoted(agreeing)}` };
  if (balance < 0 && bare === undefined)
    return { value: 'no', reason: `it says the opposite of the question about ${quoted(opposing)}` };
  return undefined;
}

function quoted(words: ReadonlyArray<{ surface: string }>): string {
  const unique = [...new Set(words.map((word) => word.surface))].slice(0, 3);
  return unique.map((word) => `“${word}”`).join(', ');
}

/** The lead phrase the text starts with (the longest), or a bare yes or no it ends with ("it could, yes"). */
function leading(normalized: string, phrases: readonly string[]): string | undefined {
  const starts = phrases.filter((phrase) => startsWith(normalized, phrase));
  const longest = starts.sort((left, right) => right.length - left.length)[0];
  if (longest !== undefined) return longest;
  return phrases.slice(0, 3).find((phrase) => endsWith(normalized, phrase));
}

function hasWord(normalized: string, word: string): boolean {
  return ` ${normalized} `.includes(` ${word} `);
}

function startsWith(normalized: string, phrase: string): boolean {
  return normalized === phrase || normalized.startsWith(`${phrase} `);
}

function endsWith(normalized: string, phrase: string): boolean {
  return normalized.endsWith(` ${phrase}`);
}
