import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError, type Result } from '../../app-error.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../knowledge/create-knowledge-base.ts';
import { type IngestedPassage, ingestedPassageSchema } from '../../knowledge/knowledge-passage.ts';

/** `$RAIA_DATA_DIR/ingested/passages.json`. */
export function ingestedStorePath(dataDirectory: string): string {
  return join(dataDirectory, 'ingested', 'passages.json');
}

/** The ingested passages, or none when nothing was ingested yet. */
export async function readIngestedPassages(dataDirectory: string): Promise<Result<IngestedPassage[]>> {
  const path = ingestedStorePath(dataDirectory);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      return { success: true, data: [] };
    return {
      success: false,
      error: new AppError('store-unavailable', `Cannot read ${path}.`, { cause: error }),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      success: false,
      error: new AppError('store-unavailable', `${path} is not valid JSON.`, { cause: error }),
    };
  }
  const parsed = z.array(ingestedPassageSchema).safeParse(json);
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: new AppError('store-unavailable', `${path} is not a list of ingested passages.`, {
      cause: parsed.error,
    }),
  };
}

/** Earlier passages of one file name that an ingest replaced. */
export type ReplacedPassages = {
  file: string;
  passages: number;
  /** True when they came from this very file; false: another file with the same name. */
  sameFile: boolean;
};

/**
 * Adds passages to the store, replacing earlier passages of the same file names (answers cite
 * passages by file name, so ingesting a file again updates it), and says what was replaced.
 * Written to a temporary file and renamed, so a crash never leaves half a file.
 */
export async function addIngestedPassages(
  dataDirectory: string,
  passages: readonly IngestedPassage[],
): Promise<Result<{ stored: IngestedPassage[]; replaced: ReplacedPassages[] }>> {
  const existing = await readIngestedPassages(dataDirectory);
  if (!existing.success) return existing;
  // Ids start with the file's slug and key (knowledge/ingest.ts): equal prefixes, same file.
  const prefixes = new Map(passages.map((passage) => [passage.source.file, idPrefix(passage.id)]));
  const replaced = [...prefixes].flatMap(([file, prefix]): ReplacedPassages[] => {
    const earlier = existing.data.filter((passage) => passage.source.file === file);
    if (earlier.length === 0) return [];
    const sameFile = earlier.every((passage) => idPrefix(passage.id) === prefix);
    return [{ file, passages: earlier.length, sameFile }];
  });
  const stored = [...existing.data.filter((passage) => !prefixes.has(passage.source.file)), ...passages];
  const path = ingestedStorePath(dataDirectory);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.tmp`, `${JSON.stringify(stored, null, 2)}\n`);
    await rename(`${path}.tmp`, path);
  } catch (error) {
    return {
      success: false,
      error: new AppError('store-unavailable', `Cannot write ${path}.`, { cause: error }),
    };
  }
  return { success: true, data: { stored, replaced } };
}

function idPrefix(id: string): string {
  return id.replace(/p\d+-\d+$/, '');
}

/**
 * The ingested passages with a lunr index built at load, or undefined when there are none.
 * `searchedWith` is how many other passages they are searched with, so scores merge fairly.
 */
export async function loadIngestedKnowledgeBase(
  dataDirectory: string,
  searchedWith = 0,
): Promise<Result<KnowledgeBase | undefined>> {
  const passages = await readIngestedPassages(dataDirectory);
  if (!passages.success) return passages;
  if (passages.data.length === 0) return { success: true, data: undefined };
  return {
    success: true,
    data: createKnowledgeBase(passages.data, { collectionSize: passages.data.length + searchedWith }),
  };
}
