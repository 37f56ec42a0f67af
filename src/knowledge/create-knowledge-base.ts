import type lunr from 'lunr';
import { buildIndex } from './build-index.ts';
import type { KnowledgePassage } from './knowledge-passage.ts';
import { stemWord } from './stem-word.ts';
import { tokenizeText } from './tokenize-text.ts';

/** Passages, their lunr index and the words they use (for spelling correction), ready to search. */
export interface KnowledgeBase {
  passages: readonly KnowledgePassage[];
  index: lunr.Index;
  byId: ReadonlyMap<string, KnowledgePassage>;
  /** Every indexed word before stemming, with how often it occurs. */
  vocabulary: ReadonlyMap<string, number>;
  /** For each stem, how many passages contain it: how telling a matched word is. */
  documentFrequency: ReadonlyMap<string, number>;
}

/** One knowledge base, or several searched together (the built-in Toolkit plus ingested documents). */
export type KnowledgeSource = KnowledgeBase | readonly KnowledgeBase[];

export interface CreateKnowledgeBaseOptions {
  /** A prebuilt index (the built-in one); otherwise one is built now. */
  index?: lunr.Index;
  /** See BuildIndexOptions: the size of everything searched together with these passages. */
  collectionSize?: number;
}

/** Builds the lookups around passages; builds the index too unless a prebuilt one is given. */
export function createKnowledgeBase(
  passages: readonly KnowledgePassage[],
  options: CreateKnowledgeBaseOptions = {},
): KnowledgeBase {
  const vocabulary = new Map<string, number>();
  const documentFrequency = new Map<string, number>();
  for (const passage of passages) {
    const text = [passage.title, passage.section, passage.tags.join(' '), passage.text].join(' ');
    const words = tokenizeText(text);
    for (const word of words) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    for (const stem of new Set(words.map(stemWord)))
      documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  return {
    passages,
    index:
      options.index ??
      buildIndex(
        passages,
        options.collectionSize === undefined ? {} : { collectionSize: options.collectionSize },
      ),
    byId: new Map(passages.map((passage) => [passage.id, passage])),
    vocabulary,
    documentFrequency,
  };
}

export function knowledgeBasesOf(source: KnowledgeSource): readonly KnowledgeBase[] {
  return isKnowledgeBase(source) ? [source] : source;
}

function isKnowledgeBase(source: KnowledgeSource): source is KnowledgeBase {
  return !Array.isArray(source);
}
