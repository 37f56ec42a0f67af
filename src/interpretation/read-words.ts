import lunr from 'lunr';
import { normalizeText } from './normalize-text.ts';
import { conceptGroups, conceptPhrases } from './word-concepts.ts';

/**
 * One meaningful word of a text: `key` is its idea (a concept of word-concepts.ts, or else its
 * stem), prefixed `not ` when a negation governs it; `surface` is the word as typed (normalised).
 */
export type ReadWord = {
  key: string;
  surface: string;
  /** Set on "no", "not", ...: `bare` when it governs no word of its clause ("it says nothing"). */
  negation?: 'bare' | 'governing';
};

const negationPrefix = 'not ';
/** What a negation word itself reads as, so "none" meets an option labelled "No". */
const negationKey = 'no';

const negators = new Set([
  'no',
  'not',
  'never',
  'without',
  'none',
  'nothing',
  'nobody',
  'neither',
  'nor',
  'cannot',
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'wont',
  'hasnt',
  'havent',
  'lack',
  'lacks',
  'lacking',
]);
// "not yet in place" is one negation; "no, but planned" ends it at "but".
const scopeBreakers = new Set(['but', 'however', 'although', 'though', 'except', 'whereas', 'while']);
/** How many meaningful words after "not" it governs: "not tested or monitored" covers both. */
const scopeLength = 3;
/** Words that carry their own negation. */
const negatedWords: Record<string, string> = {
  unlikely: 'likely',
  improbable: 'probable',
  impossible: 'possible',
  unclear: 'clear',
  uncertain: 'certain',
  untested: 'tested',
  unmonitored: 'monitored',
  unchecked: 'checked',
  unreviewed: 'reviewed',
};
const stopWords = new Set(
  (
    'a an the and or of to in on at by for with from as is are was were be been being am it its itself ' +
    'this that these those there here we our ours us i me my you your they them their he she his her ' +
    'what which who whom whose do does did done doing have has had having will would shall should can ' +
    'could may might must so if then than too also about into over such each every any all both more ' +
    'most other same s t thats theres im weve were theyre ive get gets got one ones thing things yet ' +
    'still already now well mostly mainly usually quite fairly pretty rather bit lot lots much many ' +
    'think guess say said like'
  ).split(' '),
);

let concepts: { byWord: Map<string, string>; byStem: Map<string, string> } | undefined;

/**
 * Reads the meaningful words of a text: stop words dropped, words stemmed and mapped to shared
 * ideas, and words after "no", "not", "without" and the like marked as negated up to the end of
 * the clause. Typed answers and option labels are both read this way, so they can be compared.
 */
export function readWords(text: string): ReadWord[] {
  const words: ReadWord[] = [];
  for (const clause of text.split(/[,.;:!?()[\]\n]+|\s[-–—]\s/)) {
    let scope = 0;
    let negation: ReadWord | undefined;
    let previous: ReadWord | undefined;
    const endScope = () => {
      if (negation !== undefined && scope === scopeLength) {
        // A negation with nothing after it turns back to the word before it: "possibly not".
        if (previous !== undefined && !previous.key.startsWith(negationPrefix)) {
          previous.key = `${negationPrefix}${previous.key}`;
        } else {
          negation.negation = 'bare';
        }
      }
      negation = undefined;
      scope = 0;
    };
    for (const word of joinPhrases(normalizeText(clause)).split(' ')) {
      if (word === '') continue;
      if (scopeBreakers.has(word)) {
        endScope();
        previous = undefined;
        continue;
      }
      if (negators.has(word)) {
        endScope();
        negation = { key: negationKey, surface: word, negation: 'governing' };
        words.push(negation);
        scope = scopeLength;
        continue;
      }
      if (stopWords.has(word)) continue;
      const negatedWord = Object.hasOwn(negatedWords, word) ? negatedWords[word] : undefined;
      const negated = scope > 0 !== (negatedWord !== undefined);
      const key = ideaOf(negatedWord ?? word);
      const read: ReadWord = { key: negated ? `${negationPrefix}${key}` : key, surface: word };
      words.push(read);
      // Only a word no negation governs can be turned by a negation that follows it.
      previous = scope > 0 ? undefined : read;
      if (scope > 0) scope -= 1;
      if (scope === 0) negation = undefined;
    }
    endScope();
  }
  return words;
}

/** The same idea with the opposite polarity: `likely` <-> `not likely`. */
export function oppositeKey(key: string): string {
  return key.startsWith(negationPrefix) ? key.slice(negationPrefix.length) : `${negationPrefix}${key}`;
}

function joinPhrases(normalized: string): string {
  let joined = ` ${normalized} `;
  for (const [phrase, concept] of conceptPhrases) joined = joined.replaceAll(` ${phrase} `, ` ${concept} `);
  return joined.trim();
}

function ideaOf(word: string): string {
  const { byWord, byStem } = conceptMaps();
  const known = byWord.get(word);
  if (known !== undefined) return known;
  const stem = stemOf(word);
  return byStem.get(stem) ?? stem;
}

function stemOf(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

// Built on first use: nothing runs while the module loads.
function conceptMaps() {
  if (concepts !== undefined) return concepts;
  const byWord = new Map<string, string>();
  const byStem = new Map<string, string>();
  for (const group of conceptGroups) {
    const [concept, ...others] = group.split(' ');
    if (concept === undefined) continue;
    for (const word of [concept, ...others]) {
      if (!byWord.has(word)) byWord.set(word, concept);
      const stem = stemOf(word);
      if (!byStem.has(stem)) byStem.set(stem, concept);
    }
  }
  concepts = { byWord, byStem };
  return concepts;
}
