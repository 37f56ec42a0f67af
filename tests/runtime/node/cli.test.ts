import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/runtime/node/cli.ts';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'raia-cli-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    // No OPENAI_API_KEY: answers are extractive and no request leaves the machine.
    environment: { RAIA_DATA_DIR: join(directory, 'data') },
  });
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it('prints help listing every command', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    for (const command of ['ask', 'search', 'ingest']) expect(result.stdout).toContain(`  ${command}`);
  });

  it("prints each command's help", async () => {
    for (const command of ['ask', 'search', 'ingest']) {
      const result = await cli(command, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: raia ${command}`);
    }
  });

  it.each([
    [['frobnicate'], 'raia: unknown command "frobnicate"'],
    // Names every object inherits are not commands either.
    [['constructor'], 'raia: unknown command "constructor"'],
    [['toString'], 'raia: unknown command "toString"'],
    [['__proto__'], 'raia: unknown command "__proto__"'],
    [['hasOwnProperty'], 'raia: unknown command "hasOwnProperty"'],
    [['search'], 'raia search: give a query'],
    [['search', 'bias', '--limit', '0'], '--limit must be a whole number'],
    [['search', 'bias', '--resource', 'horoscope'], 'unknown resource "horoscope"'],
    [['search', 'bias', '--colour'], "Unknown option '--colour'"],
    [['search', 'x'.repeat(501)], 'longer than 500 characters'],
    [['ask'], 'raia ask: give a question'],
    [['ingest'], 'raia ingest: give at least one file'],
  ])('exits with 2 and explains a usage error: %j', async (argv, message) => {
    const result = await cli(...argv);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(message);
  });

  it('searches with --json in the documented shape', async () => {
    const result = await cli('search', 'facial recognition', '--limit', '2', '--json');
    expect(result.code).toBe(0);
    const hits = JSON.parse(result.stdout);
    expect(hits).toHaveLength(2);
    for (const hit of hits) {
      expect(Object.keys(hit).sort()).toEqual(['id', 'resource', 'score', 'snippet', 'title']);
      expect(hit.snippet).toContain('**');
    }
  });

  it('answers with --json in the documented shape', async () => {
    const result = await cli('ask', 'What is proportionality?', '--json');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ answer: expect.stringContaining('[1]'), covered: true });
    expect(Object.keys(answer.citations[0]).sort()).toEqual(['id', 'resource', 'title']);
  });

  it('says so when the Toolkit does not cover a question, and still exits 0', async () => {
    const result = await cli('ask', 'How do I bake sourdough bread?');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('does not cover this question');
  });

  it('ingests a file so ask and search cite it with file name and page', async () => {
    const file = join(directory, 'fleet.md');
    await writeFile(
      file,
      `# Fleet telematics\n\n${'Patrol car telematics data is reviewed weekly by the fleet sergeant for speeding incidents. '.repeat(5)}`,
    );
    const ingested = await cli('ingest', file, '--json');
    expect(ingested.code).toBe(0);
    const [passage] = JSON.parse(ingested.stdout).passages;
    // The id carries a short hash of the file's path, so files named alike never share ids.
    expect(passage).toEqual({
      id: expect.stringMatching(/^fleet-md-[0-9a-f]{8}-p1-1$/),
      title: 'Fleet telematics',
      file: 'fleet.md',
      page: 1,
    });

    const search = await cli('search', 'telematics sergeant', '--resource', 'ingested', '--json');
    expect(JSON.parse(search.stdout)[0]).toMatchObject({ id: passage.id, resource: 'ingested' });
    const answer = await cli('ask', 'Who reviews patrol car telematics data?', '--json');
    expect(JSON.parse(answer.stdout).citations[0]).toEqual({
      id: passage.id,
      resource: 'ingested',
      title: 'Fleet telematics',
      source: { file: 'fleet.md', page: 1 },
    });
  });

  it('exits with 1 when a file cannot be read', async () => {
    const result = await cli('ingest', join(directory, 'absent.md'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('absent.md: cannot read the file.');
  });
});

describe('raia executables', () => {
  const run = promisify(execFile);
  const environment = { ...process.env, RAIA_DATA_DIR: join(tmpdir(), 'raia-cli-none'), OPENAI_API_KEY: '' };

  it('bin/raia.js runs the CLI through tsx', async () => {
    const { stdout } = await run('node', ['bin/raia.js', 'search', 'necessity', '--json', '--limit', '1'], {
      env: environment,
    });
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('src/runtime/node/cli.ts exits non-zero on a usage error', async () => {
    const failure = run('npx', ['tsx', 'src/runtime/node/cli.ts', 'search', '--limit', 'x', 'bias'], {
      env: environment,
    });
    await expect(failure).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--limit must be'),
    });
  });
});
