import type { KnowledgePassage } from './knowledge-passage.ts';
import { plainText } from './plain-text.ts';
import { stemWord } from './stem-word.ts';

export const snippetLength = 200;

interface PreparedText {
  text: string;
  words: { start: number; end: number; stem: string }[];
}
/** Passages never change once loaded: their plain text and stemmed words are worked out once. */
const prepared = new WeakMap<KnowledgePassage, PreparedText>();

/**
 * About `length` characters of a passage around the densest cluster of matched words, each marked
 * with **bold**. `matchedStems` are the index terms lunr reports as matched (stemmed), so a word
 * found through a synonym or a spelling correction is highlighted too.
 */
export function makeSnippet(
  passage: KnowledgePassage,
  matchedStems: ReadonlySet<string>,
  length = snippetLength,
): string {
  const { text, words } = prepare(passage);
  const hits = words.filter((word) => matchedStems.has(word.stem));

  let windowStart = 0;
  let bestCount = 0;
  let last = 0;
  hits.forEach((hit, first) => {
    // Two pointers: hits[first..last) all fit in the window that starts at this hit.
    last = Math.max(last, first);
    while (last < hits.length && (hits[last]?.end ?? 0) <= hit.start + length) last++;
    if (last - first > bestCount) {
      bestCount = last - first;
      // Start a little before the first hit so it reads as part of a sentence.
      windowStart = Math.max(0, hit.start - 40);
    }
  });
  windowStart = wordBoundaryAtOrAfter(text, windowStart);
  const windowEnd = Math.min(text.length, wordBoundaryAtOrBefore(text, windowStart + length));

  let snippet = '';
  let cursor = windowStart;
  for (const word of hits) {
    if (word.start < windowStart || word.end > windowEnd) continue;
    snippet += `${text.slice(cursor, word.start)}**${text.slice(word.start, word.end)}**`;
    cursor = word.end;
  }
  snippet += text.slice(cursor, windowEnd);
  return `${windowStart > 0 ? '…' : ''}${snippet.trim()}${windowEnd < text.length ? '…' : ''}`;
}

function prepare(passage: KnowledgePassage): PreparedText {
  const known = prepared.get(passage);
  if (known) return known;
  const text = plainText(passage.text);
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    stem: stemWord(match[0].toLowerCase()),
  }));
  prepared.set(passage, { text, words });
  return { text, words };
}

function wordBoundaryAtOrAfter(text: string, position: number): number {
  if (position === 0) return 0;
  const space = text.indexOf(' ', position - 1);
  return space < 0 ? position : space + 1;
}

function wordBoundaryAtOrBefore(text: string, position: number): number {
  if (position >= text.length) return text.length;
  const space = text.lastIndexOf(' ', position);
  return space <= 0 ? position : space;
}
