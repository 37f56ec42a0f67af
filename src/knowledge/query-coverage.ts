import type { QueryWord } from './analyze-query.ts';
import type { KnowledgeBase } from './create-knowledge-base.ts';

/**
 * How much each typed word says, as inverse document frequency over all knowledge bases searched.
 * A word no passage contains weighs the most: leaving it unmatched is the strongest sign the
 * question is about something else ("Which smartphone should I buy?").
 */
export function wordWeights(words: readonly QueryWord[], knowledgeBases: readonly KnowledgeBase[]): number[] {
  const passageCount = knowledgeBases.reduce(
    (total, knowledgeBase) => total + knowledgeBase.passages.length,
    0,
  );
  return words.map((word) => {
    const frequency = Math.max(
      0,
      ...word.stems.map((stem) =>
        knowledgeBases.reduce(
          (total, knowledgeBase) => total + (knowledgeBase.documentFrequency.get(stem) ?? 0),
          0,
        ),
      ),
    );
    return Math.log(1 + (passageCount - frequency + 0.5) / (frequency + 0.5));
  });
}

/** Share (0-1) of the question's weight a passage matches, through a word itself or its synonyms. */
export function queryCoverage(
  words: readonly QueryWord[],
  weights: readonly number[],
  matchedTerms: ReadonlySet<string>,
): number {
  let total = 0;
  let matched = 0;
  words.forEach((word, index) => {
    const weight = weights[index] ?? 0;
    total += weight;
    if ([...word.terms].some((term) => matchedTerms.has(term))) matched += weight;
  });
  return total === 0 ? 0 : matched / total;
}
