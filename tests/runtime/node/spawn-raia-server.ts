import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface RaiaProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit signal or code once the process is gone. */
  exited: Promise<NodeJS.Signals | number | null>;
}

/**
 * Starts `src/runtime/node/main.ts` as its own process (one Node process, no npx wrapper, so a
 * SIGKILL reaches the server itself) on a free port, and resolves once it prints its URL.
 */
export function spawnRaiaServer(dataDirectory: string): Promise<RaiaProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/node/main.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, RAIA_DATA_DIR: dataDirectory, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /RAIA is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) resolve({ url: match[1], child, exited });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    void exited.then((status) =>
      reject(new Error(`RAIA exited (${String(status)}) before listening:\n${output}`)),
    );
  });
}
