/**
 * Splits text into lowercase words of letters and digits. Indexing and querying share it, so a word
 * like `RAIA's`, `facial-recognition` or `scope:` is cut the same way on both sides, and no lunr
 * query syntax (`+ - : ~ ^ *`) can survive into a search term.
 */
export function tokenizeText(text: string): string[] {
  return text.toLowerCase().match(wordPattern) ?? [];
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Words as a person would count them (hyphenated and apostrophised words count once). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
