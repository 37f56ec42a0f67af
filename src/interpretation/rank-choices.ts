import type { AnswerChoice } from '../questionnaires/answer-choices.ts';
import { oppositeKey, type ReadWord, readWords } from './read-words.ts';

/** How well a typed text fits one choice, and the typed words that made it fit. */
export type RankedChoice = { choice: AnswerChoice; score: number; matched: string[] };

// How much the words a choice shares with the text count beside how fully one of its phrases is said.
const supportShare = 0.5;
// Words the question itself uses ("safeguards ... in place") are implied by every answer to it.
const contextWeight = 0.25;
const negationKey = 'no';

/**
 * Orders choices by how well the text describes them, best first. A choice's phrases (label,
 * synonyms, value) and the text are read the same way (readWords); a phrase counts by the share of
 * its words the text says, each word weighted by how few choices use it ("person" tells less than
 * "ranked"), and a word the text says with the opposite polarity ("without a person") counts
 * against; words of the question (`context`) count little. Choices the text says nothing about score 0.
 */
export function rankChoices(choices: readonly AnswerChoice[], text: string, context = ''): RankedChoice[] {
  // "No" or "none" answers the question only when the text leads with it; "we check that a less
  // intrusive approach would not do" is not the option "No".
  const said = readWords(text).filter((word, index) => index === 0 || word.key !== negationKey);
  const saidKeys = new Set(said.map((word) => word.key));
  const phrasesByChoice = choices.map((choice) => phrasesOf(choice).map(keysOf));
  const weight = idfWeights(phrasesByChoice);
  const contextKeys = new Set(readWords(context).flatMap((word) => [word.key, oppositeKey(word.key)]));
  for (const key of contextKeys) {
    const known = weight.get(key);
    if (known !== undefined) weight.set(key, known * contextWeight);
  }
  const ranked = choices.map((choice, index): RankedChoice => {
    const phrases = phrasesByChoice[index] ?? [];
    const bag = new Set(phrases.flat());
    let coverage = 0;
    for (const phrase of phrases) {
      const total = sum(phrase, weight);
      if (total === 0) continue;
      coverage = Math.max(coverage, (agreeing(phrase, saidKeys, weight) / total) * 1);
    }
    const support = agreeing([...bag], saidKeys, weight);
    const matchedKeys = new Set([...bag].filter((key) => saidKeys.has(key)));
    const matched = surfaces(said, matchedKeys);
    const score = matched.length === 0 ? 0 : Math.max(0, coverage + supportShare * support);
    return { choice, score, matched };
  });
  return ranked.sort((left, right) => right.score - left.score);
}

function phrasesOf(choice: AnswerChoice): string[] {
  const phrases = [choice.label, ...choice.synonyms];
  if (typeof choice.value === 'string') phrases.push(choice.value.replaceAll('-', ' '));
  return phrases;
}

function keysOf(phrase: string): string[] {
  return [...new Set(readWords(phrase).map((word) => word.key))];
}

/** Words said with the same polarity count for, with the opposite polarity against. */
function agreeing(keys: readonly string[], said: ReadonlySet<string>, weight: Map<string, number>): number {
  let total = 0;
  for (const key of keys) {
    if (said.has(key)) total += weight.get(key) ?? 0;
    else if (said.has(oppositeKey(key))) total -= weight.get(key) ?? 0;
  }
  return total;
}

function idfWeights(phrasesByChoice: string[][][]): Map<string, number> {
  const choiceCount = new Map<string, number>();
  for (const phrases of phrasesByChoice)
    for (const key of new Set(phrases.flat())) choiceCount.set(key, (choiceCount.get(key) ?? 0) + 1);
  const weights = new Map<string, number>();
  const total = phrasesByChoice.length;
  for (const [key, count] of choiceCount) weights.set(key, Math.log(1 + total / count));
  return weights;
}

function sum(keys: readonly string[], weight: Map<string, number>): number {
  return keys.reduce((total, key) => total + (weight.get(key) ?? 0), 0);
}

/** The typed words behind the matched ideas, in the order they were typed, each once. */
function surfaces(said: readonly ReadWord[], keys: ReadonlySet<string>): string[] {
  return [...new Set(said.filter((word) => keys.has(word.key)).map((word) => word.surface))];
}
