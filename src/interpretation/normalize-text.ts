/**
 * Lowercase words without accents or punctuation, separated by single spaces: "Don’t know!" -> "dont know".
 * Apostrophes are dropped rather than split so contractions stay one word.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `phrase` occurs in `text` as whole words (both already normalised). */
export function containsWords(text: string, phrase: string): boolean {
  return phrase.length > 0 && ` ${text} `.includes(` ${phrase} `);
}

/** Whether `text` is `phrase` or starts with it followed by more words (both already normalised). */
export function startsWithWords(text: string, phrase: string): boolean {
  return text === phrase || text.startsWith(`${phrase} `);
}

/**
 * Commands are matched by patterns that spell out their apostrophes and "?" ("let's begin", "why?"),
 * so this keeps punctuation inside the text and drops only final "." and "!".
 */
export function normalizeCommandText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[’`]/g, "'")
    .replace(/[.!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
