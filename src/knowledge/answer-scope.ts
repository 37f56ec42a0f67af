import { escapeRegExp } from './escape-reg-exp.ts';
import { type Jurisdiction, jurisdictions } from './jurisdictions.ts';
import type { KnowledgePassage } from './knowledge-passage.ts';
import { listMembers } from './list-members.ts';
import { numberWords } from './question-kind.ts';
import { splitSentences } from './split-sentences.ts';
import { isStopWord, stemWord } from './stem-word.ts';
import { tokenizeText } from './tokenize-text.ts';

/**
 * A specific kind of answer a question asks for. Passages about the right subject do not answer
 * "how long may we keep CCTV footage?" unless one of them states a time period: near-miss questions
 * sound like the Toolkit's subject and ask for what it does not give.
 */
export type AnswerType =
  | { kind: 'duration' | 'money' | 'vendor-ranking' | 'staffing' | 'number' | 'rate' }
  | { kind: 'jurisdiction'; name: string; jurisdiction: Jurisdiction };
export type AnswerTypeKind = AnswerType['kind'];

const number = `(?:\\d+(?:[.,]\\d+)?|${numberWords.join('|')}|a|an|several|a few)`;
const months = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const timeUnit = '(?:hours?|days?|weeks?|months?|years?|decades?)';
/** "How long is the book?" asks for a length, which these measure. */
const lengthUnit = '(?:pages?|words|chapters?|minutes?|kilometres?|kilometers?|km|metres?|meters?|miles?)';

const cues: Record<Exclude<AnswerTypeKind, 'jurisdiction'>, RegExp[]> = {
  'vendor-ranking': [
    /\b(?:best|better|top|most accurate|most reliable|leading|cheapest|recommended|recommend)\b.*\b(?:vendors?|suppliers?|products?|compan(?:y|ies)|brands?|software|solutions?|providers?|manufacturers?)\b/,
    /\b(?:vendors?|suppliers?|products?|compan(?:y|ies)|brands?|software|solutions?|providers?|manufacturers?)\b.*\b(?:best|better|top|most accurate|most reliable|leading|cheapest|recommend)\b/,
    /\b(?:compare|comparison of|versus|vs\.?|rank|ranking of)\b.*\b(?:vendors?|suppliers?|products?|compan(?:y|ies)|brands?|software|solutions?|providers?)\b/,
    /^which (?:[\w-]+ ){0,3}(?:vendors?|suppliers?|products?|compan(?:y|ies)|brands?|manufacturers?)\b/,
  ],
  money: [
    /\b(?:price|prices|pricing|priced|budget|budgets|budgeting|expensive|afford|fee|fees|euros?|dollars?)\b/,
    // A fine or penalty is an amount of money ("is it fine to" is not).
    /\b(?:fines|fined|penalt(?:y|ies)|(?:what|which|a|the|maximum|how big a|how large a) fine)\b/,
    /\bhow much\b.*\b(?:cost|costs|pay|spend|charge|money|invest)\b/,
    /\bwhat (?:does|do|would|will) .*\bcosts?\b/,
    /\bcosts? (?:of|to) (?:buy|buying|purchas\w*|procur\w*|licen\w*|run|running|implement\w*|deploy\w*|develop\w*|build\w*|maintain\w*|a |an |the )/,
  ],
  duration: [
    /\bhow long\b/,
    /\b(?:retention|storage|deletion) (?:periods?|times?|limits?|rules?|schedules?)\b/,
    /\bhow many (?:hours|days|weeks|months|years)\b/,
    /\b(?:maximum|minimum) (?:period|time|duration)\b/,
    /\bwhen (?:must|should|do|can) (?:we|i|police|officers|the agency) (?:delete|erase|destroy)\b/,
  ],
  staffing: [
    /\bhow many (?:officers|staff|people|persons|analysts|employees|engineers|data scientists|personnel|ftes?|posts|positions|hires|members|examiners|reviewers|operators)\b/,
    /\b(?:staffing levels?|headcount|full-time equivalents?)\b/,
  ],
  rate: [
    /\bwhat (?:percentage|percent|per cent)\b/,
    /\b(?:accuracy|error|false positive|false negative|false match|match|hit|detection) rates?\b.*\b(?:should|must|acceptable|required|need|enough|minimum|reach|achieve|expect)\b/,
    /\bwhat is the (?:accuracy|error|false positive|false negative|false match|match|hit|detection) rate of\b/,
    /\bminimum accuracy\b/,
    /\bhow accurate (?:is|are)\b/,
  ],
  number: [/^how many\b/],
};

/** Words that say what type of answer is wanted, not what it is about: left out of the topic. */
const cueWords: Record<AnswerTypeKind, string> = {
  duration:
    'how long keep kept retain retention retained store stored storage period periods delete deleted deletion erase time times limit limits hours days weeks months years hold held maximum minimum rules schedule',
  money:
    'how much cost costs price prices pricing budget budgets pay spend expensive afford fee fees money euros dollars charge invest licence license fine fines fined penalty penalties risk',
  jurisdiction: 'law laws legal legally country national say says allowed permitted rules police',
  'vendor-ranking':
    'vendor vendors supplier suppliers product products company companies brand brands software solution solutions provider providers manufacturer best better top most accurate reliable leading cheapest recommend recommended compare comparison versus vs rank ranking which',
  staffing:
    'how many officers staff people persons analysts employees engineers scientists personnel fte ftes posts positions hires members examiners reviewers operators need staffing headcount full time equivalent',
  rate: 'accuracy accurate rate rates error false positive negative match hit detection percentage percent per cent minimum acceptable reach achieve expect required enough',
  number: 'how many',
};
const genericWords = 'toolkit ai we our us police agency agencies officers need should must can';

const evidence: Record<Exclude<AnswerTypeKind, 'jurisdiction' | 'vendor-ranking'>, RegExp[]> = {
  duration: [
    new RegExp(`\\b${number}[\\s-]+(?:calendar |working |business )?${timeUnit}\\b`),
    new RegExp(`\\b${number}[\\s-]+${lengthUnit}\\b`),
    new RegExp(`\\b\\d{1,2} ${months} \\d{4}\\b`),
    new RegExp(`\\b${months} \\d{4}\\b`),
    /\bwithout undue delay\b/,
  ],
  money: [
    /[€$£]\s?\d/,
    /\b\d+(?:[.,]\d+)?\s?%\s(?:of\s)?(?:its\s|the\s)?(?:total\s)?(?:worldwide\s|global\s)?(?:annual\s)?turnover\b/,
    /\b\d[\d,.]*\s?(?:k|m|bn|thousand|million|billion)?\s?(?:euros?|eur|dollars?|usd|gbp|pounds)\b/,
  ],
  staffing: [
    new RegExp(
      `\\b${number} (?:\\w+ )?(?:officers|staff|people|analysts|employees|examiners|reviewers|operators|posts)\\b`,
    ),
  ],
  rate: [/\b\d+(?:[.,]\d+)?\s?(?:%|per ?cent)/, /\b0\.\d+\b/],
  number: [new RegExp(`\\b(?:\\d+|${numberWords.join('|')})\\b`)],
};
const rankingEvidence =
  /\b(?:best|most accurate|recommend(?:ed|s)?|outperform\w*|better than|top-rated|ranked)\b.*\b(?:vendors?|suppliers?|products?|compan(?:y|ies)|brands?)\b/;

/**
 * "When did the AI Act enter into force?" asks for a date, but "when should we reassess?" for a
 * situation: a date is preferred, never required, so passages stating one come first.
 */
const dateCue = /^(?:when|since when|by when|until when|from when)\b|\b(?:what|which) (?:date|year|month)\b/i;
const dateEvidence = [
  new RegExp(`\\b\\d{1,2} ${months} \\d{4}\\b`),
  new RegExp(`\\b${months} \\d{4}\\b`),
  // A year, but not the year inside a law's number ("Regulation (EU) 2024/1689").
  /\b(?:19|20)\d{2}\b(?!\/)/,
];

/** Whether the question asks when something happened or applies. */
export function asksForDate(question: string): boolean {
  return dateCue.test(question.trim());
}

/** Whether a passage states a date in a sentence about the question's subject. */
export function statesDate(question: string, passage: KnowledgePassage): boolean {
  const topic = topicStems(question, 'duration');
  return splitSentences(passage.text).some(
    (sentence) =>
      dateEvidence.some((pattern) => pattern.test(sentence.toLowerCase())) && sharesTopic(sentence, topic),
  );
}

/** The specific type of answer a question asks for, if any (see AnswerType). */
export function requestedAnswerType(question: string): AnswerType | undefined {
  const jurisdiction = namedJurisdiction(question);
  if (jurisdiction) return { kind: 'jurisdiction', name: jurisdiction.name, jurisdiction };
  const text = question.toLowerCase().replace(/\s+/g, ' ');
  const order = ['vendor-ranking', 'money', 'duration', 'staffing', 'rate', 'number'] as const;
  const kind = order.find((candidate) => cues[candidate].some((cue) => cue.test(text)));
  return kind === undefined ? undefined : { kind };
}

/**
 * Whether the passages hold an answer of the type asked for: a sentence that states one (a time
 * period, an amount of money, a figure) and shares a word with what the question is about, or, for a
 * jurisdiction, the country named at all. Without a requested type every passage may answer.
 */
export function holdsAnswerOfType(
  question: string,
  type: AnswerType,
  passages: readonly KnowledgePassage[],
): boolean {
  if (type.kind === 'jurisdiction')
    return passages.some((passage) => mentions(passage.text, type.jurisdiction));
  const topic = topicStems(question, type.kind);
  const patterns = type.kind === 'vendor-ranking' ? [rankingEvidence] : evidence[type.kind];
  return passages.some(
    (passage) =>
      (type.kind === 'number' && listMembers(passage.text).length >= 2 && sharesTopic(passage.text, topic)) ||
      splitSentences(passage.text).some((sentence) => {
        const lower = sentence.toLowerCase();
        return patterns.some((pattern) => pattern.test(lower)) && sharesTopic(sentence, topic);
      }),
  );
}

function namedJurisdiction(question: string): Jurisdiction | undefined {
  return jurisdictions.find(
    (jurisdiction) =>
      jurisdiction.names.some((name) => wordPattern(name, 'i').test(question)) ||
      jurisdiction.abbreviations.some((abbreviation) => wordPattern(abbreviation, '').test(question)) ||
      jurisdiction.adjectives.some((adjective) =>
        new RegExp(
          `\\b${escapeRegExp(adjective)} (?:law|laws|legislation|legal|police|policing|courts?|government|authorities|authority|rules|regulators?|constitution|statutes?|data protection)\\b`,
          'i',
        ).test(question),
      ),
  );
}

function mentions(text: string, jurisdiction: Jurisdiction): boolean {
  return (
    [...jurisdiction.names, ...jurisdiction.adjectives].some((name) => wordPattern(name, 'i').test(text)) ||
    jurisdiction.abbreviations.some((abbreviation) => wordPattern(abbreviation, '').test(text))
  );
}

function topicStems(question: string, kind: AnswerTypeKind): Set<string> {
  const excluded = new Set(tokenizeText(`${cueWords[kind]} ${genericWords}`).map(stemWord));
  const numbers = new Set<string>(numberWords);
  return new Set(
    tokenizeText(question)
      .filter((word) => !isStopWord(word) && !numbers.has(word) && !/^\d+$/.test(word))
      .map(stemWord)
      .filter((stem) => !excluded.has(stem)),
  );
}

/** With nothing left to be about ("how much does it cost?"), any sentence of the type will do. */
function sharesTopic(text: string, topic: ReadonlySet<string>): boolean {
  return topic.size === 0 || tokenizeText(text).some((word) => topic.has(stemWord(word)));
}

function wordPattern(word: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, `${flags}u`);
}
