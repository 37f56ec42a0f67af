import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, parse, relative, resolve } from 'node:path';
import { AppError, type Result } from '../../app-error.ts';
import { ingestDocument } from '../../knowledge/ingest.ts';
import type { IngestedPassage } from '../../knowledge/knowledge-passage.ts';
import { readPdfPages } from './read-pdf-pages.ts';

export const ingestibleExtensions = ['.md', '.markdown', '.txt', '.pdf'] as const;

const linkAdvice = 'RAIA ingests only the files you name, never what a link points to';

/**
 * Reads Markdown, text and PDF files and cuts each into passages citing its file name and page.
 * Only the files named are read: a symbolic link, or a path through a linked folder, is refused
 * (a link to a system file would otherwise be served to anyone who asks). Passage ids carry a
 * short hash of the file's resolved path, so no two files share ids.
 */
export async function ingestFiles(paths: readonly string[]): Promise<Result<IngestedPassage[]>> {
  const named = sameNamedFiles(paths);
  if (named !== undefined) return { success: false, error: named };
  const passages: IngestedPassage[] = [];
  // A file named twice is read once: twice would store each of its passage ids twice.
  for (const path of new Map(paths.map((candidate) => [resolve(candidate), candidate])).values()) {
    const read = await readPages(path);
    if (!read.success) return read;
    const fileKey = createHash('sha256').update(read.data.resolvedPath).digest('hex').slice(0, 8);
    const ingested = ingestDocument({ file: basename(path), fileKey, pages: read.data.pages });
    if (!ingested.success) return ingested;
    passages.push(...ingested.data);
  }
  return { success: true, data: passages };
}

/** Answers cite passages by file name: two files of one name in a run could not be told apart. */
function sameNamedFiles(paths: readonly string[]): AppError | undefined {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const name = basename(path);
    const earlier = seen.get(name);
    if (earlier !== undefined && resolve(earlier) !== resolve(path)) {
      return new AppError(
        'bad-request',
        `${earlier} and ${path} have the same file name, ${name}. Answers cite ingested passages by file name, so rename one of them first.`,
      );
    }
    seen.set(name, path);
  }
  return undefined;
}

type ReadFile = { pages: string[]; resolvedPath: string };

async function readPages(path: string): Promise<Result<ReadFile>> {
  const extension = extname(path).toLowerCase();
  if (!(ingestibleExtensions as readonly string[]).includes(extension)) {
    const supported = ingestibleExtensions.join(', ');
    return refuse('bad-request', `${path}: unsupported file type (use ${supported}).`);
  }
  const opened = await openNamedFile(path);
  if (!opened.success) return opened;
  const { handle, resolvedPath } = opened.data;
  let bytes: Uint8Array;
  try {
    bytes = await handle.readFile();
  } catch (error) {
    return refuse('not-found', `${path}: cannot read the file.`, error);
  } finally {
    await handle.close();
  }
  if (extension !== '.pdf')
    return { success: true, data: { pages: [new TextDecoder().decode(bytes)], resolvedPath } };
  try {
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
    return { success: true, data: { pages: await readPdfPages(new Uint8Array(bytes)), resolvedPath } };
  } catch (error) {
    return refuse('unprocessable', `${path}: not a readable PDF.`, error);
  }
}

/**
 * Opens the file itself: not a link (checked with lstat, and O_NOFOLLOW so a link swapped in
 * after the check fails too), not through a linked folder, and a regular file (a device or a
 * pipe would never finish reading). For a relative path only the folders below the working
 * directory are the ones named.
 */
async function openNamedFile(
  path: string,
): Promise<Result<{ handle: Awaited<ReturnType<typeof open>>; resolvedPath: string }>> {
  const absolute = resolve(path);
  try {
    if ((await lstat(absolute)).isSymbolicLink())
      return refuse('bad-request', `${path}: this is a symbolic link. ${linkAdvice}; give the file itself.`);
    const base = isAbsolute(path) ? parse(absolute).root : process.cwd();
    const expected = join(await realpath(base), relative(base, dirname(absolute)));
    if ((await realpath(dirname(absolute))) !== expected) {
      return refuse(
        'bad-request',
        `${path}: this path goes through a linked folder. ${linkAdvice}; give the file's real path.`,
      );
    }
  } catch (error) {
    return refuse('not-found', `${path}: cannot read the file.`, error);
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ELOOP')
      return refuse('bad-request', `${path}: this is a symbolic link. ${linkAdvice}; give the file itself.`);
    return refuse('not-found', `${path}: cannot read the file.`, error);
  }
  const isFile = await handle.stat().then(
    (stats) => stats.isFile(),
    () => false,
  );
  if (!isFile) {
    await handle.close();
    return refuse('bad-request', `${path}: this is not a file.`);
  }
  return {
    success: true,
    data: { handle, resolvedPath: join(await realpath(dirname(absolute)), basename(absolute)) },
  };
}

function refuse(
  code: AppError['code'],
  message: string,
  cause?: unknown,
): { success: false; error: AppError } {
  return { success: false, error: new AppError(code, message, cause === undefined ? undefined : { cause }) };
}
