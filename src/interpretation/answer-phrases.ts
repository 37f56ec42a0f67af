import { containsWords, normalizeText, startsWithWords } from './normalize-text.ts';

// All phrases are normalised (see normalizeText): no apostrophes, no punctuation.
const unsurePhrases = [
  'i dont know',
  'i do not know',
  'dont know',
  'do not know',
  'dunno',
  'idk',
  'not sure',
  'im not sure',
  'i am not sure',
  'unsure',
  'no idea',
  'i have no idea',
  'not certain',
  'uncertain',
  'unknown',
  'cant say',
  'cannot say',
  'hard to say',
  'i cant tell',
  'cant tell',
  'no clue',
];

const yesLeads = [
  'yes',
  'y',
  'yeah',
  'yea',
  'yep',
  'yup',
  'ya',
  'sure',
  'correct',
  'right',
  'true',
  'affirmative',
  'absolutely',
  'definitely',
  'certainly',
  'indeed',
  'of course',
  'ok',
  'okay',
  'aye',
  'i think so',
  'we do',
  'it does',
  'we have',
];

const noLeads = [
  'no',
  'n',
  'nope',
  'nah',
  'negative',
  'never',
  'false',
  'incorrect',
  'not really',
  'not at all',
  'not yet',
  'not currently',
  'we dont',
  'we do not',
  'we havent',
  'we have not',
  'it doesnt',
  'it does not',
  'does not',
  'doesnt',
  'i dont think so',
];

const negations = [
  'no',
  'not',
  'nope',
  'nah',
  'never',
  'dont',
  'doesnt',
  'isnt',
  'arent',
  'cant',
  'cannot',
  'wont',
];
const affirmations = ['yes', 'yeah', 'yep', 'yup', 'sure', 'correct', 'absolutely', 'definitely'];

// A reply to "Suggested answer: X. Is that right?" confirms or rejects only when it is nothing else:
// "no, the second one" is a new answer, not a rejection. Matched whole, lowercased, one final "." allowed.
const confirmations = [
  'y',
  'yes',
  'yeah',
  'yep',
  'correct',
  'right',
  'confirm',
  'thats right',
  "that's right",
  'ok',
  'okay',
];
const rejections = ['n', 'no', 'nope', 'wrong', 'reject', 'not right', 'incorrect'];

/**
 * "I don't know", "not sure", "dunno", "?" and the like. With `whole`, the text must be only that
 * phrase (free text may start with "I don't know" and go on to say something).
 */
export function isUnsurePhrase(text: string, whole = false): boolean {
  if (/^\s*\?+\s*$/.test(text)) return true;
  const normalized = normalizeText(text);
  return unsurePhrases.some((phrase) =>
    whole ? normalized === phrase : startsWithWords(normalized, phrase),
  );
}

/** Reads a yes or a no; mixed signals ("yes and no", "sure, but not yet") read as neither. */
export function yesOrNo(text: string): 'yes' | 'no' | null {
  const normalized = normalizeText(text);
  const yes = yesLeads.some((phrase) => startsWithWords(normalized, phrase));
  const no = noLeads.some((phrase) => startsWithWords(normalized, phrase));
  if (yes && !no && !hasAny(normalized, negations)) return 'yes';
  if (no && !yes && !hasAny(normalized, affirmations)) return 'no';
  return null;
}

/** Whether the text contains a negation word, which makes matching by containment unsafe ("not likely"). */
export function hasNegation(normalized: string): boolean {
  return hasAny(normalized, negations);
}

function hasAny(normalized: string, words: string[]): boolean {
  return words.some((word) => containsWords(normalized, word));
}

// Whole replies that are nothing but a yes or a no: RAIA's fixed synonyms of the two answers.
const bareYes = ['y', 'yes', 'yeah', 'yea', 'yep', 'yup', 'aye'];
const bareNo = ['n', 'no', 'nope', 'nah'];

/** "yes", "Yep!", "nope": a whole reply that is only a yes or a no word; null for anything more. */
export function bareYesOrNo(text: string): 'yes' | 'no' | null {
  const normalized = normalizeText(text);
  if (bareYes.includes(normalized)) return 'yes';
  if (bareNo.includes(normalized)) return 'no';
  return null;
}

/** Whether a reply to a proposed answer confirms it, rejects it, or is something else (`null`): a new answer. */
export function confirmationReply(text: string): 'confirm' | 'reject' | null {
  const reply = text.trim().toLowerCase().replace(/\.$/, '');
  if (confirmations.includes(reply)) return 'confirm';
  if (rejections.includes(reply)) return 'reject';
  return null;
}
