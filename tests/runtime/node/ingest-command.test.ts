import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/runtime/node/cli.ts';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'raia-ingest-command-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

async function ingest(dataDirectory: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['ingest', ...argv], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    environment: { RAIA_DATA_DIR: dataDirectory },
  });
  return { code, stdout, stderr };
}

const policy = (retention: string) =>
  `# Radio logs\n\n${`Radio logs of the control room are kept for ${retention} and then deleted. `.repeat(8)}`;

describe('raia ingest', () => {
  it('says when a file replaces earlier passages: its own, or those of another file with its name', async () => {
    const dataDirectory = join(directory, 'data');
    await mkdir(join(directory, 'north'));
    await mkdir(join(directory, 'south'));
    const north = join(directory, 'north', 'radio.md');
    const south = join(directory, 'south', 'radio.md');
    await writeFile(north, policy('a year'));
    await writeFile(south, policy('a month'));

    const first = await ingest(dataDirectory, north);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).not.toContain('replace');

    const again = await ingest(dataDirectory, north);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('radio.md was ingested before: its 1 earlier passage(s) were replaced.');

    const other = await ingest(dataDirectory, south, '--json');
    expect(other.code).toBe(0);
    expect(other.stderr).toBe(
      'raia ingest: warning: radio.md replaces 1 passage(s) ingested earlier from another file named radio.md. ' +
        'Answers cite ingested passages by file name, so only the latest file of a name is kept.\n',
    );
    expect(JSON.parse(other.stdout).replaced).toEqual([{ file: 'radio.md', passages: 1, sameFile: false }]);
  });

  it('refuses a symbolic link with a message naming it, and stores nothing', async () => {
    const dataDirectory = join(directory, 'data-link');
    const link = join(directory, 'hosts.md');
    await symlink('/etc/hosts', link);
    const result = await ingest(dataDirectory, link);
    // A refused input, like an unsupported file type: the usage exit code.
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${link}: this is a symbolic link.`);
    expect(result.stdout).toBe('');
  });
});
