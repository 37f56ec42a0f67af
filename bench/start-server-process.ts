import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The real `npm start` server in its own process, on a free loopback port, so load generated in
 * this process measures it from outside. Resolves with the URL it prints once listening.
 */
export function startServerProcess(dataDirectory: string): Promise<{ url: string; child: ChildProcess }> {
  // BENCH_CPU_PROFILE_DIR=/tmp/prof: the server writes a V8 CPU profile there when it exits, to see
  // where a turn's time goes under the bench's load (NODE_OPTIONS refuses --cpu-prof).
  const profileDirectory = process.env.BENCH_CPU_PROFILE_DIR;
  const profiling =
    profileDirectory === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDirectory}`];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', 'src/runtime/node/main.ts'], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      RAIA_DATA_DIR: dataDirectory,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // One loopback client sends everything here: the per-client limit would measure itself.
      RAIA_RATE_LIMIT_PER_MINUTE: '1000000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /RAIA is running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url !== undefined) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
  });
}
