const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const scales: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1e9 };
const ordinals = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** "one" to "twenty" in order: the counts a question or a passage spells out ("the five principles"). */
export const cardinalWords: readonly string[] = [...units.slice(1), ...teens, 'twenty'];

export type NumberWord = { value: number; kind: 'unit' | 'teen' | 'tens' };

/** "seven" -> 7 (unit), "twelve" -> 12 (teen), "forty" -> 40 (tens). */
export function numberWordValue(word: string): NumberWord | undefined {
  if (units.includes(word)) return { value: units.indexOf(word), kind: 'unit' };
  if (teens.includes(word)) return { value: 10 + teens.indexOf(word), kind: 'teen' };
  if (tens.includes(word)) return { value: 20 + 10 * tens.indexOf(word), kind: 'tens' };
  return undefined;
}

/** "hundred" -> 100, "thousand" -> 1000, ... */
export function scaleWordValue(word: string): number | undefined {
  return Object.hasOwn(scales, word) ? scales[word] : undefined;
}

/** "second" or "2nd" -> 2; undefined for anything else. */
export function ordinalValue(word: string): number | undefined {
  const index = ordinals.indexOf(word);
  if (index >= 0) return index + 1;
  const suffixed = /^(\d+)(st|nd|rd|th)$/.exec(word);
  return suffixed === null ? undefined : Number(suffixed[1]);
}
