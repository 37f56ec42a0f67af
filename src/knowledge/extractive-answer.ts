import { type GroundedAnswer, summaryNote, toCitation } from './grounded-answer.ts';
import type { KnowledgePassage } from './knowledge-passage.ts';
import type { SearchHit } from './search-passages.ts';
import { splitSentences } from './split-sentences.ts';
import { stemWord } from './stem-word.ts';
import { tokenizeText } from './tokenize-text.ts';

/** The best-matching passage may say more than the others. */
const sentencesPerPassage = { first: 3, other: 2 } as const;
/** RAIA's provenance remark inside summary passages; the answer adds its own note instead. */
const provenanceRemark = /^\(?RAIA['’]s summary/i;

/**
 * An answer made only of sentences copied from the passages: the ones sharing the most search terms
 * with the question, kept in their original order inside each passage, each passage cited.
 */
export function composeExtractiveAnswer(hits: readonly SearchHit[]): GroundedAnswer {
  const cited = hits.map((hit, index) => ({ number: index + 1, hit }));
  const lines = cited.map(({ number, hit }, index) => {
    const limit = index === 0 ? sentencesPerPassage.first : sentencesPerPassage.other;
    const quoted = pickSentences(hit, limit).map(escapeQuotedMarkdown).join(' ');
    return `- **${escapeQuotedMarkdown(hit.title)}** (${hit.resourceTitle}): ${quoted} [${number}]`;
  });
  return {
    text: `From the Toolkit:\n\n${lines.join('\n')}${summaryNote(cited)}`,
    citations: cited.map(({ number, hit }) => toCitation(hit, number)),
    covered: true,
    method: 'extractive',
  };
}

function pickSentences(hit: SearchHit, limit: number): string[] {
  const matched = new Set(hit.matchedTerms);
  const sentences = sentencesOf(hit.passage).map(({ sentence, stems }, position) => ({
    sentence,
    position,
    score: overlap(stems, matched),
  }));
  const chosen = sentences
    .filter((entry) => entry.score > 0)
    .sort((left, right) => right.score - left.score || left.position - right.position)
    .slice(0, limit);
  // Matched only through the title or tags: the opening sentence says what the passage is about.
  const picked = chosen.length > 0 ? chosen : sentences.slice(0, 1);
  return picked.sort((left, right) => left.position - right.position).map((entry) => entry.sentence);
}

/** Passages never change once loaded: split and stem each one once. */
const sentenceCache = new WeakMap<KnowledgePassage, { sentence: string; stems: Set<string> }[]>();

function sentencesOf(passage: KnowledgePassage): { sentence: string; stems: Set<string> }[] {
  const known = sentenceCache.get(passage);
  if (known) return known;
  const sentences = splitSentences(passage.text)
    .filter((sentence) => !provenanceRemark.test(sentence))
    .map((sentence) => ({ sentence, stems: new Set(tokenizeText(sentence).map(stemWord)) }));
  sentenceCache.set(passage, sentences);
  return sentences;
}

function overlap(stems: ReadonlySet<string>, matched: ReadonlySet<string>): number {
  let count = 0;
  for (const stem of stems) if (matched.has(stem)) count++;
  return count;
}

/**
 * Quoted text is shown as text: an ingested document's own "[9]" must not pass for one of RAIA's
 * citation markers, nor its `[text](url)` or `![image](url)` syntax become a link or image. (HTML in
 * quoted text is removed by each channel's sanitiser.)
 */
export function escapeQuotedMarkdown(text: string): string {
  return text.replace(/[\\[\]]/g, (character) => `\\${character}`);
}
