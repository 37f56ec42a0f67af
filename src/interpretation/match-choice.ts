import type { AnswerChoice } from '../questionnaires/answer-choices.ts';
import { hasNegation, yesOrNo } from './answer-phrases.ts';
import { containsWords, normalizeText } from './normalize-text.ts';
import { numberWordValue, ordinalValue } from './number-words.ts';

/** How a match was made, strictest first; `label-in-text` is the loosest (the text may say more). */
export type MatchReading = 'exact' | 'number' | 'yes-no' | 'prefix' | 'label-in-text' | 'text-in-label';

export type ChoiceMatch =
  | { kind: 'match'; choice: AnswerChoice; reading: MatchReading }
  | { kind: 'ambiguous'; candidates: AnswerChoice[]; reading: MatchReading }
  | { kind: 'none' };

/**
 * Finds the choice a person meant, trying the strictest reading first: the exact label, value or
 * synonym; the choice number ("2", "option 2", "second"); yes/no variants; a prefix of one label;
 * finally a label inside the text or the text inside a label.
 */
export function matchChoice(choices: AnswerChoice[], text: string): ChoiceMatch {
  const normalized = withoutArticle(normalizeText(text));
  if (normalized === '') return none;
  const readings: Array<[MatchReading, () => AnswerChoice[]]> = [
    ['exact', () => choices.filter((choice) => phrasesOf(choice, true).includes(normalized))],
    ['number', () => byNumber(choices, normalized)],
    ['yes-no', () => byYesOrNo(choices, text)],
    [
      'prefix',
      () =>
        normalized.length < 2
          ? []
          : choices.filter((choice) => phrasesOf(choice).some((phrase) => phrase.startsWith(normalized))),
    ],
    ['label-in-text', () => phraseInsideText(choices, normalized)],
    [
      'text-in-label',
      () =>
        normalized.length < 3
          ? []
          : choices.filter((choice) => phrasesOf(choice).some((phrase) => containsWords(phrase, normalized))),
    ],
  ];
  for (const [reading, candidatesOf] of readings) {
    const candidates = candidatesOf();
    const [first, ...others] = candidates;
    if (first === undefined) continue;
    return others.length === 0
      ? { kind: 'match', choice: first, reading }
      : { kind: 'ambiguous', candidates, reading };
  }
  return none;
}

const none: ChoiceMatch = { kind: 'none' };

/**
 * Normalised label and synonyms, each also without a leading article ("a supervisor" -> "supervisor");
 * with `withValue`, also a text value ("images-video" -> "images video").
 */
function phrasesOf(choice: AnswerChoice, withValue = false): string[] {
  const phrases = [choice.label, ...choice.synonyms].map(normalizeText);
  if (withValue && typeof choice.value === 'string') phrases.push(normalizeText(choice.value));
  const withoutArticles = phrases.map(withoutArticle);
  return [...new Set([...phrases, ...withoutArticles])].filter((phrase) => phrase !== '');
}

function withoutArticle(phrase: string): string {
  const stripped = phrase.replace(/^(?:the|a|an) /, '');
  return stripped === '' ? phrase : stripped;
}

/** "2", "option 2", "#2", "no. 2", "the second one", "option two", "I pick 3", "last". */
function byNumber(choices: AnswerChoice[], normalized: string): AnswerChoice[] {
  const word = normalized
    .replace(
      /^(?:(?:i|we) (?:choose|pick|select|take|go with) )?(?:the )?(?:(?:option|choice|number|nr|answer) |no (?=\d))?/,
      '',
    )
    .replace(/ (?:one|option|choice)$/, '');
  if (word === 'last') return choices.slice(-1);
  const position = /^\d+$/.test(word) ? Number(word) : (ordinalValue(word) ?? numberWordValue(word)?.value);
  if (position === undefined) return [];
  const byPosition = choices.filter((choice) => choice.number === position);
  // A scale point may be typed by its own value when that is not also a position ("0" on a 0-3 scale).
  return byPosition.length > 0 ? byPosition : choices.filter((choice) => choice.value === position);
}

function byYesOrNo(choices: AnswerChoice[], text: string): AnswerChoice[] {
  const reading = yesOrNo(text);
  if (reading === null) return [];
  return choices.filter((choice) => choice.value === reading || normalizeText(choice.label) === reading);
}

/**
 * Labels found inside the text. The longest wins when it contains the others ("very likely" over
 * "likely", "not likely" over "likely"); labels of different choices side by side ("yes and no") are ambiguous.
 */
function phraseInsideText(choices: AnswerChoice[], normalized: string): AnswerChoice[] {
  const found = choices.flatMap((choice) =>
    phrasesOf(choice)
      .filter((phrase) => containsWords(normalized, phrase))
      .map((phrase) => ({ choice, phrase })),
  );
  const best = found.reduce<(typeof found)[number] | undefined>(
    (longest, item) => (longest === undefined || item.phrase.length > longest.phrase.length ? item : longest),
    undefined,
  );
  if (best === undefined) return [];
  const conflicting = found.filter(
    (item) => item.choice !== best.choice && !containsWords(best.phrase, item.phrase),
  );
  if (conflicting.length > 0) return [...new Set(found.map((item) => item.choice))];
  // "not likely" contains "likely" but means the opposite: a negation outside the label blocks this reading.
  return hasNegation(normalized) && !hasNegation(best.phrase) ? [] : [best.choice];
}
