import { z } from 'zod';
import { type Citation, citationSchema } from './citation.ts';
import type { SearchHit } from './search-passages.ts';

/** An answer built only from Toolkit (or ingested) passages, with the passages it cites. */
export const groundedAnswerSchema = z.object({
  /** Markdown with [1], [2] markers pointing into `citations`. */
  text: z.string(),
  citations: z.array(citationSchema),
  /** False when the loaded passages do not answer the question; the text then says so. */
  covered: z.boolean(),
  method: z.enum(['extractive', 'model']),
  notice: z.string().optional(),
});
export type GroundedAnswer = z.infer<typeof groundedAnswerSchema>;

export const modelUnavailableNotice =
  'The language model was unavailable; this answer was composed directly from the Toolkit passages.';

export function toCitation(hit: SearchHit, number: number): Citation {
  const citation: Citation = {
    number,
    id: hit.id,
    resource: hit.resource,
    resourceTitle: hit.resourceTitle,
    title: hit.title,
    snippet: hit.snippet,
  };
  if (hit.passage.resource === 'ingested') citation.source = { ...hit.passage.source };
  else {
    if (hit.passage.source !== undefined) citation.legalSource = hit.passage.source;
    if (hit.passage.asOf !== undefined) citation.asOf = hit.passage.asOf;
  }
  return citation;
}

/**
 * Summary passages are RAIA's own rendering of points the public sources leave open: the reader must
 * not take them for the Toolkit's wording, nor a summary of the law for the law's text. RAIA's
 * practice notes are always its own guidance and their resource title says so.
 */
export function summaryNote(cited: readonly { number: number; hit: SearchHit }[]): string {
  const notes = [
    summaryNoteFor(
      cited,
      (resource) => resource !== 'law' && resource !== 'practice-notes',
      "RAIA's summary of the Toolkit, not its official wording",
    ),
    summaryNoteFor(cited, (resource) => resource === 'law', "RAIA's summary of the law, not its text"),
  ].filter((note) => note !== '');
  return notes.length === 0 ? '' : `\n\n${notes.join('\n\n')}`;
}

function summaryNoteFor(
  cited: readonly { number: number; hit: SearchHit }[],
  isResource: (resource: SearchHit['resource']) => boolean,
  what: string,
): string {
  const numbers = cited
    .filter(({ hit }) => hit.passage.basis === 'summary' && isResource(hit.resource))
    .map(({ number }) => `[${number}]`);
  if (numbers.length === 0) return '';
  const subject = numbers.length === 1 ? `${numbers[0]} is` : `${numbers.join(', ')} are`;
  return `_Note: ${subject} ${what}._`;
}
