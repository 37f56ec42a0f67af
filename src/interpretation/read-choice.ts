import type { AnswerChoice } from '../questionnaires/answer-choices.ts';
import { type MatchReading, matchChoice } from './match-choice.ts';
import { normalizeText } from './normalize-text.ts';
import { rankChoices } from './rank-choices.ts';

/** One choice read from text: exact (recorded at once), proposed with a reason, unclear, or nothing. */
export type ChoiceReading =
  | { kind: 'exact'; choice: AnswerChoice }
  /** `words`: the typed words it rests on, when it was read by them. */
  | { kind: 'proposal'; choice: AnswerChoice; reason: string; words?: string[] }
  | { kind: 'ambiguous'; candidates: AnswerChoice[] }
  | { kind: 'none' };

// Calibrated on the tuning half of tests/interpretation/phrasings.json (bench/phrasing-eval.ts):
// a reading needs this score, and this lead over the next choice, to be offered at all.
export const minimumChoiceScore = 0.6;
const minimumLead = 0.3;

/** "2", "2)", "#2", "option 2", "no. 2": a choice number in digits, which reads exactly. */
const digitsPattern = /^(?:(?:option|choice|number|answer|nr|no) )?\d+$/;

/**
 * Reads which choice a text means. Exact: the label, a synonym or the value (after case, spaces
 * and punctuation), or the choice number in digits. Everything looser is a proposal with the
 * reason in the person's own words: number words ("three"), a yes or no lead, the start of a
 * label ("nat"), or the words the text shares with one choice more than with the others; words
 * of the question itself (`context`, its prompt) count little.
 */
export function readChoice(choices: readonly AnswerChoice[], text: string, context = ''): ChoiceReading {
  const normalized = normalizeText(text);
  if (normalized === '') return { kind: 'none' };
  const match = matchChoice([...choices], text);
  if (match.kind === 'match') {
    const exactly =
      match.reading === 'exact' || (match.reading === 'number' && digitsPattern.test(normalized));
    if (exactly) return { kind: 'exact', choice: match.choice };
    const reason = strictReason(match.reading, normalized, match.choice);
    if (reason !== undefined) return { kind: 'proposal', choice: match.choice, reason };
  } else if (
    match.kind === 'ambiguous' &&
    strictReason(match.reading, normalized, match.candidates[0]) !== undefined
  ) {
    return { kind: 'ambiguous', candidates: match.candidates };
  }
  return byWords(choices, text, context);
}

/** Reasons for the stricter loose readings; undefined for those the word ranking decides instead. */
function strictReason(
  reading: MatchReading,
  normalized: string,
  choice: AnswerChoice | undefined,
): string | undefined {
  switch (reading) {
    case 'number':
      return `“${normalized}” is option ${choice?.number}`;
    case 'yes-no':
      return `it starts with “${normalized.split(' ')[0]}”`;
    case 'prefix':
      return `“${normalized}” is the start of “${choice?.label}”`;
    case 'exact':
    case 'label-in-text':
    case 'text-in-label':
      return undefined;
    default:
      return reading satisfies never;
  }
}

function byWords(choices: readonly AnswerChoice[], text: string, context: string): ChoiceReading {
  const ranked = rankChoices(choices, text, context);
  const [best, second] = ranked;
  if (best === undefined || best.score < minimumChoiceScore) return { kind: 'none' };
  const lead = best.score - (second?.score ?? 0);
  if (lead < minimumLead) {
    const close = ranked.filter((item) => best.score - item.score < minimumLead);
    return { kind: 'ambiguous', candidates: close.map((item) => item.choice) };
  }
  return {
    kind: 'proposal',
    choice: best.choice,
    reason: `it mentions ${listWords(best.matched)}`,
    words: best.matched,
  };
}

/** “ranked”, “officer” and “decides”. */
export function listWords(words: readonly string[]): string {
  const quoted = words.slice(0, 4).map((word) => `“${word}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
