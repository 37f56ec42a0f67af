/**
 * Every limit on what a person types, in one place, so each channel states the same numbers
 * before they bite and refuses text over them whole (never cuts it). The web page keeps its own
 * copy (it imports nothing from src/); tests/questionnaires/text-limits.test.ts checks they agree.
 */
export const textLimits = {
  /** One message, in any channel: long enough for a pasted paragraph of evidence. */
  message: 4000,
  /** A free-text answer; longer text is almost always a paste by mistake, and can be kept as a note. */
  answer: 2000,
  /**
   * Everything noted on one question together. Larger than a message, so a refused message can
   * always be kept as a note, and a second note can join the first.
   */
  note: 8000,
  /** A question about the Toolkit (the search takes no more). */
  question: 500,
} as const;

export type TextLimit = keyof typeof textLimits;

// One formatter for every call: `toLocaleString` builds a new one each time, which shows on a turn.
const countFormat = new Intl.NumberFormat('en-GB');

/** "4,000": limits and lengths are shown to people with thousands separated. */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** Why a message this long was refused whole, in every channel: the limit, its length, what to do. */
export function tooLongMessage(length: number | undefined): string {
  const has = length === undefined ? '' : `; this one has ${formatCount(length)}`;
  return `A message can have at most ${formatCount(textLimits.message)} characters${has}. Nothing was recorded or cut: please send it in shorter parts.`;
}
