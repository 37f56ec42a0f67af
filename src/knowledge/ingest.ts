import { z } from 'zod';
import { AppError, type Result } from '../app-error.ts';
import { type IngestedPassage, ingestedPassageSchema } from './knowledge-passage.ts';
import { countWords } from './tokenize-text.ts';

export interface IngestDocument {
  /** File name without directories; passages cite it. */
  file: string;
  /** Text of each page, first page first (a Markdown or text file is one page). */
  pages: readonly string[];
}

/** Passage sizes that read as one point: long enough to answer from, short enough to cite. */
export const ingestWordLimits = { min: 60, target: 150, max: 250 } as const;

interface Chunk {
  title: string;
  blocks: string[];
  words: number;
}

/**
 * Cuts a document into passages by headings and paragraphs, never across a page so each passage
 * cites one page. Ids come from the file name, page and chunk: `policy-pdf-p3-2`.
 */
export function ingestDocument(document: IngestDocument): Result<IngestedPassage[]> {
  const base = slug(document.file) || 'document';
  let title = document.file;
  const passages: IngestedPassage[] = [];
  document.pages.forEach((pageText, pageIndex) => {
    const chunks: Chunk[] = [];
    let current: Chunk = { title, blocks: [], words: 0 };
    const flush = () => {
      if (current.words > 0) chunks.push(current);
      current = { title, blocks: [], words: 0 };
    };
    for (const block of splitBlocks(pageIndex === 0 ? withoutFrontMatter(pageText) : pageText)) {
      const heading = /^#{1,6}\s+(.+)$/.exec(block);
      if (heading) {
        flush();
        title = (heading[1] ?? '').replace(/#+\s*$/, '').trim() || title;
        current.title = title;
        continue;
      }
      for (const piece of splitLongBlock(block)) {
        const words = countWords(piece);
        if (current.words > 0 && current.words + words > ingestWordLimits.max) flush();
        current.blocks.push(piece);
        current.words += words;
        if (current.words >= ingestWordLimits.target) flush();
      }
    }
    flush();
    mergeShortChunks(chunks).forEach((chunk, chunkIndex) => {
      passages.push({
        id: `${base}-p${pageIndex + 1}-${chunkIndex + 1}`,
        resource: 'ingested',
        section: document.file,
        title: chunk.title,
        tags: [],
        basis: 'document',
        text: chunk.blocks.join('\n\n'),
        source: { file: document.file, page: pageIndex + 1 },
      });
    });
  });

  if (passages.length === 0) {
    return {
      success: false,
      error: new AppError('unprocessable', `${document.file} contains no text to ingest.`),
    };
  }
  const parsed = z.array(ingestedPassageSchema).safeParse(passages);
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: new AppError('unprocessable', `${document.file} could not be ingested.`, { cause: parsed.error }),
  };
}

/** Paragraphs (separated by blank lines), with each Markdown heading line a block of its own. */
function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let lines: string[] = [];
  const endBlock = () => {
    if (lines.length > 0) blocks.push(lines.join('\n').trim());
    lines = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') endBlock();
    else if (/^#{1,6}\s/.test(line)) {
      endBlock();
      blocks.push(line.trim());
    } else lines.push(line);
  }
  endBlock();
  return blocks.filter((block) => block !== '');
}

function withoutFrontMatter(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/** A paragraph longer than a passage is cut between sentences. */
function splitLongBlock(block: string): string[] {
  if (countWords(block) <= ingestWordLimits.max) return [block];
  const pieces: string[] = [];
  let piece = '';
  for (const sentence of block.split(/(?<=[.!?])\s+/)) {
    if (piece !== '' && countWords(`${piece} ${sentence}`) > ingestWordLimits.target) {
      pieces.push(piece);
      piece = sentence;
    } else {
      piece = piece === '' ? sentence : `${piece} ${sentence}`;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** A short chunk joins the one before it (same page, same heading) when the two still fit in a passage. */
function mergeShortChunks(chunks: readonly Chunk[]): Chunk[] {
  const merged: Chunk[] = [];
  for (const chunk of chunks) {
    const previous = merged.at(-1);
    const short = chunk.words < ingestWordLimits.min || (previous?.words ?? Infinity) < ingestWordLimits.min;
    const fits =
      previous !== undefined &&
      previous.title === chunk.title &&
      previous.words + chunk.words <= ingestWordLimits.max;
    if (previous && short && fits) {
      merged[merged.length - 1] = {
        ...previous,
        blocks: [...previous.blocks, ...chunk.blocks],
        words: previous.words + chunk.words,
      };
    } else {
      merged.push(chunk);
    }
  }
  return merged;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
