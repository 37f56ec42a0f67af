// `npm run build:index`: validates the corpus and writes the generated files both runtimes import.
// `--corpus DIR --out DIR` point it elsewhere (tests use them); the defaults are the repository's.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildIndex } from '../src/knowledge/build-index.ts';
import { formatCorpusIssue } from '../src/knowledge/corpus-issue.ts';
import { parseCorpus } from '../src/knowledge/parse-corpus.ts';
import { corpusDirectory, readCorpusFiles } from '../src/runtime/node/read-corpus-files.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, out: { type: 'string' } } });
const corpus = values.corpus ?? fileURLToPath(corpusDirectory);
const out = values.out ?? fileURLToPath(new URL('../src/knowledge/generated/', import.meta.url));

const parsed = parseCorpus(await readCorpusFiles(corpus));
if (!parsed.success) {
  for (const issue of parsed.error) process.stderr.write(`${join(corpus, formatCorpusIssue(issue))}\n`);
  process.stderr.write(`build:index: ${parsed.error.length} problem(s) in the corpus; nothing written\n`);
  process.exit(1);
}

const index = buildIndex(parsed.data);
await mkdir(out, { recursive: true });
await writeFile(join(out, 'passages.json'), `${JSON.stringify(parsed.data, null, 2)}\n`);
await writeFile(join(out, 'search-index.json'), `${JSON.stringify(index)}\n`);
process.stdout.write(`build:index: ${parsed.data.length} passages indexed\n`);
