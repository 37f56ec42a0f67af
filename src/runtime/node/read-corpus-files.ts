import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusFile } from '../../knowledge/parse-corpus.ts';

/** Where the Toolkit corpus lives in the repository. */
export const corpusDirectory = new URL('../../knowledge/corpus/', import.meta.url);

/** Reads every `.md` file of a corpus directory, in name order. */
export async function readCorpusFiles(directory: string | URL = corpusDirectory): Promise<CorpusFile[]> {
  const path = directory instanceof URL ? fileURLToPath(directory) : directory;
  const names = (await readdir(path)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(path, file), 'utf8') })));
}
