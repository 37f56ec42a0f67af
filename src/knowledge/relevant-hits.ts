import type { SearchHit } from './search-passages.ts';

/**
 * The question counts as covered when some passage matches at least this share of its informative
 * words (see query-coverage.ts) and scores at least `minimumScore`. Chosen with `npm run eval` on the
 * tune split of bench/retrieval-eval.json: raising the score from 2.5 to 3 declines no tune question
 * and declines "How do I renew my passport?", which reached 2.8 on two facial recognition passages.
 */
export const minimumCoverage = 0.4;
export const minimumScore = 3;
/**
 * Other passages may answer part of a compound question ("oversight and proportionality"); one
 * matching a third of it or less (often just "AI") distracts more than it helps.
 */
export const partialCoverage = 0.35;
/** Passages far below the best one are more likely to distract than to help. */
export const relativeCutoff = 0.3;

/** Hits strong enough to answer from, in the order given; empty when the question is not covered. */
export function relevantHits(hits: readonly SearchHit[]): SearchHit[] {
  const covered = hits.some((hit) => hit.coverage >= minimumCoverage && hit.score >= minimumScore);
  if (!covered) return [];
  // The first hit sets the bar: for a list question it may be an overview moved ahead of the others.
  const top = hits[0]?.score ?? 0;
  return hits.filter(
    (hit) => hit.coverage >= partialCoverage && hit.score >= Math.max(minimumScore, top * relativeCutoff),
  );
}
