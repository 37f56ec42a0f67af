import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface RaiaProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit signal or code once the process is gone. */
  exited: Promise<NodeJS.Signals | number | null>;
  /** Everything the process wrote so far, stdout (the JSON log lines) and stderr together. */
  output(): string;
}

export interface SpawnOptions {
  /** Run as this user and group (the tests run as root, whom permission bits do not stop). */
  user?: { uid: number; gid: number };
}

/**
 * Starts `src/runtime/node/main.ts` as its own process (one Node process, no npx wrapper, so a
 * SIGKILL reaches the server itself) on a free port, and resolves once it prints its URL.
 */
export function spawnRaiaServer(dataDirectory: string, options: SpawnOptions = {}): Promise<RaiaProcess> {
  const { child, exited, output } = spawnMain(dataDirectory, options);
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = /RAIA is running at (http:\/\/\S+)/.exec(output());
      if (match?.[1] !== undefined) resolve({ url: match[1], child, exited, output });
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    void exited.then((status) =>
      reject(new Error(`RAIA exited (${String(status)}) before listening:\n${output()}`)),
    );
  });
}

/** Runs `main.ts` expecting it to stop by itself (a start-up failure): its exit status and output. */
export async function runRaiaUntilExit(
  dataDirectory: string,
  options: SpawnOptions = {},
): Promise<{ status: NodeJS.Signals | number | null; stderr: string; output: string }> {
  const { child, exited, output } = spawnMain(dataDirectory, options);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const started = new Promise<void>((resolve) => {
    child.stdout?.on('data', () => {
      if (output().includes('RAIA is running at')) resolve();
    });
  });
  const status = await Promise.race([exited, started.then(() => 'started' as const)]);
  if (status === 'started') {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`RAIA started where it should have refused to:\n${output()}`);
  }
  return { status, stderr, output: output() };
}

function spawnMain(dataDirectory: string, options: SpawnOptions) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/node/main.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, RAIA_DATA_DIR: dataDirectory, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.user === undefined ? {} : { uid: options.user.uid, gid: options.user.gid }),
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return { child, exited, output: () => output };
}
