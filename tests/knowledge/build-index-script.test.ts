import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCorpusDirectory } from './fixture-knowledge-base.ts';

const run = promisify(execFile);
let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'raia-build-index-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

function buildIndex(corpus: string, out: string) {
  return run('npx', ['tsx', 'scripts/build-index.ts', '--corpus', corpus, '--out', out]);
}

describe('scripts/build-index.ts', () => {
  it('writes the passages and the index for a valid corpus', async () => {
    const out = join(directory, 'good-out');
    const { stdout } = await buildIndex(fileURLToPath(fixtureCorpusDirectory), out);
    expect(stdout).toContain('9 passages indexed');
    expect(JSON.parse(await readFile(join(out, 'passages.json'), 'utf8'))).toHaveLength(9);
    expect(JSON.parse(await readFile(join(out, 'search-index.json'), 'utf8'))).toMatchObject({
      version: '2.3.9',
    });
  });

  it('exits non-zero naming the file and line of a problem, writing nothing', async () => {
    const corpus = join(directory, 'bad-corpus');
    await cp(fileURLToPath(fixtureCorpusDirectory), corpus, { recursive: true });
    const file = join(corpus, 'principles.md');
    const text = (await readFile(file, 'utf8')).replace('tags: fairness,', 'tags: astrology,');
    await writeFile(file, text);
    const line = text.split('\n').findIndex((content) => content.includes('astrology')) + 1;
    const out = join(directory, 'bad-out');
    await expect(buildIndex(corpus, out)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        `${file}:${line}: passage "Non-discrimination": unknown tag "astrology"`,
      ),
    });
    await expect(readFile(join(out, 'passages.json'))).rejects.toThrow();
  });
});
