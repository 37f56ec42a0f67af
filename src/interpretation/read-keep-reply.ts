import { normalizeText } from './normalize-text.ts';

// Normalised (see normalizeText): lowercase, no punctuation. Whole replies only: "same as before
// but with audio" is an answer of its own, not a keep.
const keepReplies = new Set([
  'keep',
  'keep it',
  'keep that',
  'keep this',
  'keep the answer',
  'keep the same',
  'keep as is',
  'same',
  'the same',
  'same as before',
  'same again',
  'unchanged',
  'no change',
  'still the same',
]);

/** Whether typed words keep the answer carried over from the last assessment ("keep", "same"). */
export function isKeepReply(text: string): boolean {
  return keepReplies.has(normalizeText(text));
}
