import { plainText } from './plain-text.ts';

/**
 * Sentences of a Markdown passage in order; each list item counts as a sentence. A split needs an
 * end mark followed by a capital or digit, so "e.g. a camera" stays whole.
 */
export function splitSentences(markdown: string): string[] {
  return markdown
    .split(/\n+/)
    .map(plainText)
    .filter((line) => line !== '')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=["'“(]?[A-Z0-9])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
