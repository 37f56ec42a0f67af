import type { OpenItemReason } from '../scoring/result-schema.ts';

/** Wording every report format shares, so they all say the same thing. */
export const openItemReasonText: Record<OpenItemReason, string> = {
  unanswered: 'not answered yet',
  unsure: "answered “I don't know”",
  invalid: 'the recorded answer does not fit the question',
};

/** "A", "A and B", "A, B and C". */
export function joinWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** "1 risk", "3 risks". */
export function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const smallNumbers = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "one level", "two levels": how far safeguards lower a risk, in words. */
export function levelsText(count: number): string {
  return `${smallNumbers[count] ?? String(count)} level${count === 1 ? '' : 's'}`;
}

/** Text quoted inside a sentence, with typographic quotes so it reads as quoted in every format. */
export function quoted(text: string): string {
  return `“${text}”`;
}
