import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError, type Result } from '../../app-error.ts';
import { ingestDocument } from '../../knowledge/ingest.ts';
import type { IngestedPassage } from '../../knowledge/knowledge-passage.ts';
import { readPdfPages } from './read-pdf-pages.ts';

export const ingestibleExtensions = ['.md', '.markdown', '.txt', '.pdf'] as const;

/** Reads Markdown, text and PDF files and cuts each into passages citing its file name and page. */
export async function ingestFiles(paths: readonly string[]): Promise<Result<IngestedPassage[]>> {
  const passages: IngestedPassage[] = [];
  for (const path of paths) {
    const pages = await readPages(path);
    if (!pages.success) return pages;
    const ingested = ingestDocument({ file: basename(path), pages: pages.data });
    if (!ingested.success) return ingested;
    passages.push(...ingested.data);
  }
  return { success: true, data: passages };
}

async function readPages(path: string): Promise<Result<string[]>> {
  const extension = extname(path).toLowerCase();
  if (!(ingestibleExtensions as readonly string[]).includes(extension)) {
    const supported = ingestibleExtensions.join(', ');
    return {
      success: false,
      error: new AppError('bad-request', `${path}: unsupported file type (use ${supported}).`),
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      success: false,
      error: new AppError('not-found', `${path}: cannot read the file.`, { cause: error }),
    };
  }
  if (extension !== '.pdf') return { success: true, data: [new TextDecoder().decode(bytes)] };
  try {
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
    return { success: true, data: await readPdfPages(new Uint8Array(bytes)) };
  } catch (error) {
    return {
      success: false,
      error: new AppError('unprocessable', `${path}: not a readable PDF.`, { cause: error }),
    };
  }
}
