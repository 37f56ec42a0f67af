import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice's `soffice` on the PATH (Debian's libreoffice-writer-nogui puts it in /usr/bin), if any. */
export function findSoffice(): string | undefined {
  const directories = [
    ...(process.env.PATH ?? '').split(delimiter),
    '/usr/bin',
    '/usr/lib/libreoffice/program',
  ];
  for (const directory of directories.filter((entry) => entry !== '')) {
    const candidate = join(directory, 'soffice');
    const found = statSync(candidate, { throwIfNoEntry: false });
    if (found?.isFile() === true && (found.mode & 0o111) !== 0) return candidate;
  }
  return undefined;
}

/**
 * Converts Word files to plain text with LibreOffice headless, all in one start of it (a start
 * costs seconds). A private profile directory per call keeps runs from sharing, or waiting on,
 * a running LibreOffice and its settings; `timeoutMs` stops a hung conversion.
 */
export async function convertWithLibreOffice(
  soffice: string,
  files: Readonly<Record<string, Uint8Array>>,
  timeoutMs = 120_000,
): Promise<Record<string, string>> {
  const scratch = await mkdtemp(join(tmpdir(), 'raia-libreoffice-'));
  try {
    const names = Object.keys(files);
    const inputs = names.map((name) => join(scratch, `${name}.docx`));
    await Promise.all(
      names.map((name, index) => writeFile(inputs[index] ?? '', files[name] ?? new Uint8Array())),
    );
    const output = join(scratch, 'text');
    await run(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        `-env:UserInstallation=${pathToFileURL(join(scratch, 'profile')).href}`,
        '--convert-to',
        // UTF-8 whatever the machine's locale: the reports hold "×", "–" and curly quotes.
        'txt:Text (encoded):UTF8',
        '--outdir',
        output,
        ...inputs,
      ],
      { timeout: timeoutMs, killSignal: 'SIGKILL' },
    );
    const texts = await Promise.all(names.map((name) => readFile(join(output, `${name}.txt`), 'utf8')));
    return Object.fromEntries(
      names.map((name, index) => [name, (texts[index] ?? '').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')]),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
