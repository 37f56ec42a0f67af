import { correctSpelling } from './correct-spelling.ts';
import { numberWords } from './question-kind.ts';
import { isStopWord, stemWord } from './stem-word.ts';
import { synonymGroups } from './synonyms.ts';
import { tokenizeText } from './tokenize-text.ts';

/** One search term, already stemmed the way the index is. */
export interface QueryTerm {
  term: string;
  boost: number;
  origin: 'query' | 'correction' | 'synonym';
}

/** A word the person typed and every term searched on its behalf (itself, a correction, synonyms). */
export interface QueryWord {
  word: string;
  /** The word's own stem and its correction's: how rare the word is. */
  stems: string[];
  /** All terms whose match counts as matching this word. */
  terms: Set<string>;
}

export interface AnalyzedQuery {
  terms: QueryTerm[];
  words: QueryWord[];
}

/** Lower boosts keep a guessed spelling or a synonym from outranking what the person typed. */
export const termBoosts = { query: 1, correction: 0.8, synonym: 0.5 } as const;

const stemmedGroups = synonymGroups.map((group) =>
  group.map(stemPhrase).filter((phrase) => phrase.length > 0),
);

/**
 * Turns what a person typed into search terms: words only (so lunr syntax like `scope: what?` or
 * `+foo -bar ~ ^ *` is harmless), no stop words, misspellings corrected against the indexed words,
 * and synonyms from `synonyms.ts` added.
 */
export function analyzeQuery(
  text: string,
  vocabularies: readonly ReadonlyMap<string, number>[],
): AnalyzedQuery {
  const terms = new Map<string, QueryTerm>();
  const add = (term: string, origin: QueryTerm['origin'], word: QueryWord) => {
    word.terms.add(term);
    const boost = termBoosts[origin];
    const existing = terms.get(term);
    if (!existing || existing.boost < boost) terms.set(term, { term, boost, origin });
  };

  const words: QueryWord[] = [];
  for (const typed of tokenizeText(text)) {
    if (isStopWord(typed) || listingWords.has(typed)) continue;
    const word: QueryWord = { word: typed, stems: [stemWord(typed)], terms: new Set() };
    add(stemWord(typed), 'query', word);
    // Passages write "5 core principles" and "five core principles" alike.
    const number = numberForms(typed);
    if (number) add(number, 'synonym', word);
    const correction = correctSpelling(typed, vocabularies);
    if (correction) {
      word.stems.push(stemWord(correction));
      add(stemWord(correction), 'correction', word);
    }
    words.push(word);
  }

  const stems = words.map((word) => word.stems.at(-1) ?? '');
  for (const group of stemmedGroups) {
    const matchedAt = group.flatMap((phrase) =>
      phraseStarts(stems, phrase).map((start) => ({ start, phrase })),
    );
    if (matchedAt.length === 0) continue;
    for (const { start, phrase } of matchedAt) {
      for (const word of words.slice(start, start + phrase.length)) {
        for (const synonym of group) for (const stem of synonym) add(stem, 'synonym', word);
      }
    }
  }
  return { terms: [...terms.values()], words };
}

/** "How many", "list the": they ask for a list; leaving them unmatched must not count against a passage. */
const listingWords = new Set(['many', 'list', 'enumerate']);

/** The other way of writing a number up to twenty: "five" -> "5", "5" -> "five". */
function numberForms(word: string): string | undefined {
  const index = (numberWords as readonly string[]).indexOf(word);
  if (index >= 0) return String(index + 1);
  return /^\d+$/.test(word) ? numberWords[Number(word) - 1] : undefined;
}

function stemPhrase(phrase: string): string[] {
  return tokenizeText(phrase)
    .filter((word) => !isStopWord(word))
    .map(stemWord);
}

function phraseStarts(stems: readonly string[], phrase: readonly string[]): number[] {
  const starts: number[] = [];
  for (let start = 0; start + phrase.length <= stems.length; start++) {
    if (phrase.every((stem, offset) => stems[start + offset] === stem)) starts.push(start);
  }
  return starts;
}
