import lunr from 'lunr';
import type { KnowledgePassage } from './knowledge-passage.ts';
import { tokenizeText } from './tokenize-text.ts';

/**
 * Field boosts: a word in a passage title says far more about the passage than the same word in its
 * body, and tags are curated topic labels. Lunr bakes the boosts into the serialized index.
 */
export const fieldBoosts = { title: 10, tags: 5, section: 2, text: 1 } as const;

export interface BuildIndexOptions {
  /**
   * The size of the whole collection these passages are searched with. A small ingested index
   * would otherwise give its terms a tiny idf, and its scores could not be merged with the
   * built-in index's: counting the other passages makes a term rare in both score alike.
   */
  collectionSize?: number;
}

/**
 * Builds the lunr index for passages (pure: the same passages always give the same JSON). Passage
 * metadata is stored separately; the index holds only ids and term vectors. Field text is
 * pre-split with `tokenizeText` so indexing and querying cut words identically (hyphenated tags such
 * as `human-rights` are indexed as `human` and `rights`).
 */
export function buildIndex(
  passages: readonly KnowledgePassage[],
  options: BuildIndexOptions = {},
): lunr.Index {
  return lunr(function configure() {
    this.ref('id');
    for (const [field, boost] of Object.entries(fieldBoosts)) this.field(field, { boost });
    for (const passage of passages) {
      this.add({
        id: passage.id,
        title: words(passage.title),
        tags: words(passage.tags.join(' ')),
        section: words(passage.section),
        text: words(passage.text),
      });
    }
    // Lunr computes idf from the builder's documentCount (not in @types/lunr) when build() runs next.
    Object.assign(this, { documentCount: Math.max(passages.length, options.collectionSize ?? 0) });
  });
}

function words(text: string): string {
  return tokenizeText(text).join(' ');
}
