import { editDistance, maximumEditedLength } from './edit-distance.ts';

/** Words shorter than this are left alone: too many short words are one edit apart (taxes, takes). */
const minimumLength = 6;

interface Candidate {
  word: string;
  count: number;
  letters: number;
}
/** Vocabulary words grouped by length, built once per vocabulary, so a scan skips most of them. */
const byLengthCache = new WeakMap<ReadonlyMap<string, number>, Map<number, Candidate[]>>();

/**
 * The indexed word closest to an unknown one (`proportionalty` -> `proportionality`), or undefined.
 * One edit is allowed from six letters, two from nine; ties go to the word the corpus uses most.
 */
export function correctSpelling(
  word: string,
  vocabularies: readonly ReadonlyMap<string, number>[],
): string | undefined {
  if (word.length < minimumLength || word.length > maximumEditedLength || /\d/.test(word)) return undefined;
  if (vocabularies.some((vocabulary) => vocabulary.has(word))) return undefined;
  const limit = word.length >= 9 ? 2 : 1;
  const letters = letterMask(word);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const vocabulary of vocabularies) {
    const byLength = groupByLength(vocabulary);
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        // Each letter one word has and the other lacks costs an edit: a cheap lower bound.
        if (Math.max(bitCount(letters & ~candidate.letters), bitCount(candidate.letters & ~letters)) > limit)
          continue;
        const distance = editDistance(word, candidate.word, limit);
        if (distance > limit) continue;
        if (
          !best ||
          distance < best.distance ||
          (distance === best.distance && candidate.count > best.count)
        ) {
          best = { word: candidate.word, distance, count: candidate.count };
        }
      }
    }
  }
  return best?.word;
}

function groupByLength(vocabulary: ReadonlyMap<string, number>): Map<number, Candidate[]> {
  const cached = byLengthCache.get(vocabulary);
  if (cached) return cached;
  const byLength = new Map<number, Candidate[]>();
  for (const [word, count] of vocabulary) {
    if (word.length < minimumLength - 2) continue;
    const group = byLength.get(word.length) ?? [];
    group.push({ word, count, letters: letterMask(word) });
    byLength.set(word.length, group);
  }
  byLengthCache.set(vocabulary, byLength);
  return byLength;
}

/** Which of 31 letter classes a word contains (letters beyond a-z share classes: still a lower bound). */
function letterMask(word: string): number {
  let mask = 0;
  for (let index = 0; index < word.length; index++) mask |= 1 << (word.charCodeAt(index) % 31);
  return mask;
}

function bitCount(value: number): number {
  let count = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) count++;
  return count;
}
