import type { Citation } from '../../knowledge/citation.ts';
import { citationOrigin } from '../../knowledge/citation-origin.ts';

/** The AI SDK 6 `source-document` chunk: what a stock `useChat` UI lists as a message's sources. */
export interface SourceDocumentChunk {
  type: 'source-document';
  sourceId: string;
  mediaType: string;
  title: string;
  filename?: string;
}

const mediaTypes: Record<string, string> = {
  md: 'text/markdown',
  markdown: 'text/markdown',
  txt: 'text/plain',
  pdf: 'application/pdf',
};

/**
 * One source per cited passage, in citation order, each passage once. The title names the
 * resource too: a stock UI shows only the title, and a law or practice-notes passage must not
 * read as the Toolkit's. RAIA's own `data-raia-reply` part keeps the numbers and snippets.
 */
export function citationsToSourceDocuments(citations: readonly Citation[]): SourceDocumentChunk[] {
  const seen = new Set<string>();
  const sources: SourceDocumentChunk[] = [];
  for (const citation of citations) {
    if (seen.has(citation.id)) continue;
    seen.add(citation.id);
    const file = citation.source?.file;
    sources.push({
      type: 'source-document',
      sourceId: citation.id,
      mediaType: mediaTypeOf(file),
      title: titleOf(citation),
      ...(file === undefined ? {} : { filename: file }),
    });
  }
  return sources;
}

/** A legal passage's instrument and date go in the title too: a stock UI shows nothing else. */
function titleOf(citation: Citation): string {
  return `${citation.title} — ${citationOrigin(citation)}`;
}

/** Corpus passages are Markdown; an ingested document's type follows its file name. */
function mediaTypeOf(file: string | undefined): string {
  const extension = file?.split('.').at(-1)?.toLowerCase() ?? 'md';
  return Object.hasOwn(mediaTypes, extension) ? (mediaTypes[extension] ?? 'text/plain') : 'text/plain';
}
