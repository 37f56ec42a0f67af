import { overlap, type PassageSentence, passageSentences } from './passage-sentences.ts';
import type { SearchHit } from './search-passages.ts';

/** Says what something is: the sentence a definition question wants first. */
const defining = /\b(?:is|are|means|refers to|describes)\b/;

/**
 * The sentence of a passage that best answers the question on its own: running text (not a list item
 * or a "Checks:" clause) sharing the most search terms, the earlier one on a tie. For a definition,
 * a sentence that says what the thing is wins a tie. Falls back to the passage's first sentence.
 */
export function bestOpening(
  hit: SearchHit,
  options: { definition?: boolean } = {},
): PassageSentence | undefined {
  const sentences = passageSentences(hit.passage);
  const candidates = sentences.filter((sentence) => !sentence.listItem && sentence.label === undefined);
  const matched = new Set(hit.matchedTerms);
  const score = (sentence: PassageSentence) =>
    overlap(sentence, matched) + (options.definition && defining.test(sentence.text) ? 0.5 : 0);
  const ranked = [...candidates].sort(
    (left, right) => score(right) - score(left) || left.position - right.position,
  );
  const best = ranked[0];
  if (best && overlap(best, matched) > 0) return best;
  return candidates[0] ?? sentences[0];
}

/**
 * Up to `limit` sentences sharing search terms with the question, most shared first, returned in the
 * passage's order; `except` are positions already quoted. With `fill`, sentences sharing none make up
 * the number, nearest the start first: the passage that answers best keeps answering around its best
 * sentence. A passage matched only through its title or tags gives its first sentence.
 */
export function bestSentences(
  hit: SearchHit,
  limit: number,
  except: ReadonlySet<number> = new Set(),
  options: { fill?: boolean } = {},
): PassageSentence[] {
  const matched = new Set(hit.matchedTerms);
  const sentences = passageSentences(hit.passage).filter((sentence) => !except.has(sentence.position));
  const ranked = sentences
    .map((sentence) => ({ sentence, score: overlap(sentence, matched) }))
    .filter((entry) => options.fill || entry.score > 0)
    .sort((left, right) => right.score - left.score || left.sentence.position - right.sentence.position)
    .slice(0, limit)
    .map((entry) => entry.sentence);
  const picked = ranked.length > 0 || except.size > 0 ? ranked : sentences.slice(0, 1);
  return picked.sort((left, right) => left.position - right.position);
}
