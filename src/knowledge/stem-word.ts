import lunr from 'lunr';

/** Stemming is the hot path of snippets and sentence picking; words repeat, so remember them. */
const stems = new Map<string, string>();
/** Bounded so that a stream of distinct user words cannot grow memory without limit. */
const maximumRemembered = 50_000;

/** Lunr's Porter stemmer, the one the index was built with: `discriminatory` -> `discriminatori`. */
export function stemWord(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const stem = lunr.stemmer(new lunr.Token(word, {})).toString();
  if (stems.size >= maximumRemembered) stems.clear();
  stems.set(word, stem);
  return stem;
}

/** Lunr's English stop words, plus words people use to ask rather than to name a topic. */
export function isStopWord(word: string): boolean {
  return askingWords.has(word) || lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

const askingWords = new Set([
  'tell',
  'explain',
  'please',
  'describe',
  'mean',
  'means',
  'meaning',
  'show',
  'give',
]);
