import { normalize, numberWords } from './question-kind.ts';
import { isStopWord, stemWord } from './stem-word.ts';
import { tokenizeText } from './tokenize-text.ts';

/** What a list question asks to have listed: "the five core principles" -> core principles, five. */
export interface ListSubject {
  /** The words naming the set, as typed: ["components", "of", "an", "ai", "system"]. */
  words: string[];
  /** Stems of the set's own noun phrase, before any "of" or "under": what a count is stated for. */
  head: string[];
  /** Stems of every informative word of the subject. */
  stems: string[];
  /** The size the question gives, if any ("the five core principles"). */
  askedCount: number | undefined;
}

const askingPatterns = [
  /^(?:what|which) (?:are|were) (?<subject>.+)$/,
  /^which (?<subject>.+?) (?:are|sit|fall|belong|come|go|make up|form)\b(?<rest>.*)$/,
  /^(?:list|name|enumerate|give me|tell me) (?<subject>.+)$/,
  /^how many (?<subject>.+?)(?: are there\b| there are\b| does\b| do\b| is\b| are\b| has\b| have\b|$)/,
  /^what (?<subject>.+?) (?:are there|does|do)\b/,
];
const trailingWords =
  /\s+(?:in|of|from|within|inside) (?:the )?(?:ai )?toolkit(?:'s)?.*$|\s+(?:does|do) the (?:ai )?toolkit.*$|\s+(?:are there|there are|that exist|please)$/;
const plainWord = /^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*$/u;
const prepositions = new Set([
  'of',
  'under',
  'in',
  'for',
  'within',
  'on',
  'at',
  'to',
  'from',
  'by',
  'that',
  'which',
]);
const qualifier = /^\s*(?:under|in|of|for|within)\s+(?!the (?:ai )?toolkit)/;

/** The set a list question asks about, or undefined when the question names none. */
export function listSubject(question: string): ListSubject | undefined {
  const text = normalize(question).replace(/\?+$/, '');
  for (const pattern of askingPatterns) {
    const match = pattern.exec(text);
    if (!match?.groups?.subject) continue;
    const rest = match.groups.rest ?? '';
    const phrase = `${match.groups.subject}${qualifier.test(rest) ? rest : ''}`
      .replace(trailingWords, '')
      .replace(/^(?:all of the|all the|all|the)\s+/, '');
    const words = phrase.split(/\s+/).filter((word) => word !== '');
    // The subject is echoed in the answer: only plain words, never markup or a citation marker.
    if (!words.every((word) => plainWord.test(word))) return undefined;
    const askedCount = countOf(words[0]);
    if (askedCount !== undefined) words.shift();
    if (words.length === 0) return undefined;
    const cut = words.findIndex((word) => prepositions.has(word));
    return {
      words,
      head: informativeStems(cut < 0 ? words : words.slice(0, cut)),
      stems: informativeStems(words),
      askedCount,
    };
  }
  return undefined;
}

/** 5 or "five" as a number. */
export function countOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  const index = (numberWords as readonly string[]).indexOf(word);
  return index < 0 ? undefined : index + 1;
}

/** 5 -> "five", 17 -> "17": small counts read better as words. */
export function countWord(count: number): string {
  return count >= 1 && count <= 10 ? (numberWords[count - 1] ?? String(count)) : String(count);
}

function informativeStems(words: readonly string[]): string[] {
  return words
    .flatMap((word) => tokenizeText(word))
    .filter((word) => !isStopWord(word))
    .map(stemWord);
}
