import { escapeQuotedMarkdown } from './escape-quoted-markdown.ts';
import { type GroundedAnswer, summaryNote, toCitation } from './grounded-answer.ts';
import { toolkitResourceIds } from './passage-schema.ts';
import type { SearchHit } from './search-passages.ts';

export interface CitedHit {
  number: number;
  hit: SearchHit;
}
/** Gives a passage its citation number the first time an answer quotes it. */
export type Cite = (hit: SearchHit) => number;

/** The parts every extractive answer is made of, in the order they are shown. */
export interface AnswerParts {
  /** One or two sentences that answer the question, cited. */
  opening: string;
  /** Supporting points, steps or members: Markdown lines, each cited. */
  body: string[];
}

/** Numbers passages in the order the answer first quotes them. */
export function createCitations(): { cite: Cite; cited: CitedHit[] } {
  const cited: CitedHit[] = [];
  const cite: Cite = (hit) => {
    const existing = cited.find((entry) => entry.hit.id === hit.id);
    if (existing) return existing.number;
    cited.push({ number: cited.length + 1, hit });
    return cited.length;
  };
  return { cite, cited };
}

/**
 * Opening, body, then the notes. The sources follow as the reply's citations, which every channel
 * lists under the text with the resource each comes from (citation-origin.ts), so RAIA's legal
 * reference and practice notes never pass for the Toolkit; the text does not list them a second time.
 */
export function finishAnswer(parts: AnswerParts, cited: readonly CitedHit[]): GroundedAnswer {
  const sections = [parts.opening, parts.body.join('\n')].filter((section) => section !== '');
  return {
    text: `${sections.join('\n\n')}${summaryNote(cited)}`,
    citations: cited.map(({ number, hit }) => toCitation(hit, number)),
    covered: true,
    method: 'extractive',
  };
}

export function isToolkitResource(resource: SearchHit['resource']): boolean {
  return (toolkitResourceIds as readonly string[]).includes(resource);
}

/** A quoted sentence as the answer shows it: escaped, ending in a full stop, cited. */
export function quote(sentence: string, number: number): string {
  // A list item ends with ";" or ":" in its list; quoted alone it ends with a full stop.
  const text = escapeQuotedMarkdown(sentence.trim()).replace(/[:;,]$/, '.');
  return `${/[.!?]$/.test(text) ? text : `${text}.`} [${number}]`;
}
