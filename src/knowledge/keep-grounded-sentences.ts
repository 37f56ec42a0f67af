/** A Markdown list or quote marker at the start of a line: `- `, `* `, `1. `, `> `. */
const linePrefix = /^\s*(?:[-*+]|\d{1,3}[.)]|>)\s+/;
/**
 * The end of a sentence: `.`, `!` or `?` (and closing quotes), then any citations written after it
 * (`... works. [principles-necessity]`), then space and the start of the next sentence.
 */
const sentenceEnd = /[.!?]+["'’”)]*((?:\s*\[[^\][]*\])*)(\s+)(?=["'‘“(*_[]?[A-Z0-9])/g;
/** Words whose full stop does not end a sentence ("Art. 26", "e.g. Lawfulness", "et al. Smith"). */
const abbreviations = new Set([
  'art',
  'arts',
  'no',
  'nos',
  'para',
  'paras',
  'p',
  'pp',
  'cf',
  'etc',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'fig',
  'vol',
  'ch',
  'sec',
  'approx',
  'incl',
  'al',
  'ibid',
  'annex',
]);

/**
 * Keeps the sentences of a model's Markdown answer that `keep` accepts, line by line: a list item
 * keeps its marker while one of its sentences is kept, and a line with none kept is dropped.
 */
export function keepGroundedSentences(text: string, keep: (sentence: string) => boolean): string {
  const lines = text.split(/\r?\n/).map((line) => {
    if (line.trim() === '') return '';
    const prefix = linePrefix.exec(line)?.[0] ?? '';
    const kept = splitSentences(line.slice(prefix.length)).filter(keep);
    return kept.length === 0 ? undefined : `${prefix}${kept.join(' ')}`;
  });
  return lines
    .filter((line) => line !== undefined)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The sentences of one line, each with the citations that follow it. */
export function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of line.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    if (isAbbreviation(line.slice(start, match.index))) continue;
    sentences.push(line.slice(start, end - (match[2]?.length ?? 0)).trim());
    start = end;
  }
  const rest = line.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** Whether the word just before a full stop is an abbreviation or an initial, not a sentence's end. */
function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1]?.replace(/^[("'‘“*_]+/, '') ?? '';
  if (word === '') return false;
  // "e.g", "i.e", "U.S": a dot inside the word; "A" in "A. Smith": an initial.
  if (word.includes('.') || /^[A-Z]$/.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}
