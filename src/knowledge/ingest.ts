import { z } from 'zod';
import { AppError, type Result } from '../app-error.ts';
import { type IngestedPassage, ingestedPassageSchema } from './knowledge-passage.ts';
import { countWords } from './tokenize-text.ts';

export interface IngestDocument {
  /** File name without directories; passages cite it. */
  file: string;
  /**
   * Lowercase letters and digits that tell this file from any other, e.g. a short hash of its
   * resolved path: part of every passage id, so `a b.md` and `a-b.md`, or two `policy.md` in
   * different folders, never share ids.
   */
  fileKey: string;
  /** Text of each page, first page first (a Markdown or text file is one page). */
  pages: readonly string[];
}

/** Passage sizes that read as one point: long enough to answer from, short enough to cite. */
export const ingestWordLimits = { min: 60, target: 150, max: 250 } as const;

/**
 * The longest passage in characters, whatever its words: text without punctuation or spaces
 * (a log dump, an unbroken string) is cut at this size, so no passage makes every search slow.
 * 250 words of long words fit.
 */
export const ingestCharacterLimit = 2_400;

interface Chunk {
  title: string;
  blocks: string[];
  words: number;
  characters: number;
}

/** The start of every passage id of one file: `policy-pdf-3f9a0c1d-`. */
export function ingestedIdPrefix(file: string, fileKey: string): string {
  return `${slug(file) || 'document'}-${fileKey}-`;
}

/**
 * Cuts a document into passages by headings and paragraphs, never across a page so each passage
 * cites one page, and never longer than the word and character limits. Ids come from the file
 * name, its key, page and chunk: `policy-pdf-3f9a0c1d-p3-2`.
 */
export function ingestDocument(document: IngestDocument): Result<IngestedPassage[]> {
  if (!/^[a-z0-9]+$/.test(document.fileKey)) {
    return {
      success: false,
      error: new AppError('internal', `${document.file}: its file key must be lowercase letters and digits.`),
    };
  }
  const prefix = ingestedIdPrefix(document.file, document.fileKey);
  let title = document.file;
  const passages: IngestedPassage[] = [];
  document.pages.forEach((pageText, pageIndex) => {
    const chunks: Chunk[] = [];
    let current: Chunk = { title, blocks: [], words: 0, characters: 0 };
    const flush = () => {
      if (current.words > 0) chunks.push(current);
      current = { title, blocks: [], words: 0, characters: 0 };
    };
    for (const block of splitBlocks(pageIndex === 0 ? withoutFrontMatter(pageText) : pageText)) {
      const heading = /^#{1,6}\s+(.+)$/.exec(block);
      if (heading) {
        flush();
        title = ((heading[1] ?? '').replace(/#+\s*$/, '').trim() || title).slice(0, 200);
        current.title = title;
        continue;
      }
      for (const piece of splitLongBlock(block)) {
        const words = countWords(piece);
        // Blocks are joined with a blank line: two characters each.
        const characters = piece.length + (current.blocks.length > 0 ? 2 : 0);
        const full =
          current.words + words > ingestWordLimits.max ||
          current.characters + characters > ingestCharacterLimit;
        if (current.blocks.length > 0 && full) flush();
        current.characters += piece.length + (current.blocks.length > 0 ? 2 : 0);
        current.blocks.push(piece);
        current.words += words;
        if (current.words >= ingestWordLimits.target) flush();
      }
    }
    flush();
    mergeShortChunks(chunks).forEach((chunk, chunkIndex) => {
      passages.push({
        id: `${prefix}p${pageIndex + 1}-${chunkIndex + 1}`,
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

/**
 * A paragraph longer than a passage is cut between sentences; a sentence still too long (text
 * without punctuation) is cut by size.
 */
function splitLongBlock(block: string): string[] {
  if (block.length <= ingestCharacterLimit && countWords(block) <= ingestWordLimits.max) return [block];
  const pieces: string[] = [];
  let piece = '';
  let pieceWords = 0;
  for (const sentence of block.split(/(?<=[.!?])\s+/).flatMap(splitBySize)) {
    const words = countWords(sentence);
    const joined = piece.length + 1 + sentence.length;
    if (piece !== '' && (pieceWords + words > ingestWordLimits.target || joined > ingestCharacterLimit)) {
      pieces.push(piece);
      piece = '';
      pieceWords = 0;
    }
    piece = piece === '' ? sentence : `${piece} ${sentence}`;
    pieceWords += words;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Text cut into pieces within both limits: at the last whitespace before the limit, or at the
 * limit itself where there is none (never inside a surrogate pair).
 */
function splitBySize(text: string): string[] {
  const pieces: string[] = [];
  const wordLimit = ingestWordLimits.target;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + ingestCharacterLimit);
    if (end < text.length) {
      const space = lastWhitespace(text, start, end);
      if (space > start) end = space;
      else if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
    }
    let piece = text.slice(start, end);
    // A stretch of short words reaches the word limit first: cut it at the word limit instead.
    if (countWords(piece) > wordLimit) {
      piece = firstWords(piece, wordLimit);
      end = start + piece.length;
    }
    const trimmed = piece.trim();
    if (trimmed !== '') pieces.push(trimmed);
    start = end;
    while (start < text.length && /\s/.test(text.charAt(start))) start += 1;
  }
  return pieces;
}

function lastWhitespace(text: string, start: number, end: number): number {
  for (let index = end; index > start; index -= 1) if (/\s/.test(text.charAt(index))) return index;
  return -1;
}

/** The text up to the end of its `count`th word. */
function firstWords(text: string, count: number): string {
  const pattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  let end = text.length;
  for (let seen = 0; seen < count; seen += 1) {
    const match = pattern.exec(text);
    if (match === null) break;
    end = match.index + match[0].length;
  }
  return text.slice(0, end);
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
      previous.words + chunk.words <= ingestWordLimits.max &&
      previous.characters + 2 + chunk.characters <= ingestCharacterLimit;
    if (previous && short && fits) {
      merged[merged.length - 1] = {
        ...previous,
        blocks: [...previous.blocks, ...chunk.blocks],
        words: previous.words + chunk.words,
        characters: previous.characters + 2 + chunk.characters,
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
