/**
 * The Worker as users deploy it: `wrangler deploy --dry-run --outdir` writes the bundle Cloudflare
 * would receive, and `wrangler dev <bundle> --no-bundle` boots exactly that file in workerd with
 * wrangler.toml's bindings (Durable Objects, assets, vars), on loopback. Shared by the bundle test
 * (tests/workers-bundle) and `npm run bench:worker`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const wrangler = join(repositoryRoot, 'node_modules', '.bin', 'wrangler');
// wrangler asks Cloudflare for telemetry consent and sends metrics unless told not to.
const quietEnvironment = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  // No network here: without this, Miniflare tries to download the `Request.cf` object at start.
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};

/** Lines workerd or wrangler print when the Worker cannot start: fail at once, not at the deadline. */
const startFailure = /Uncaught|failed to start|Disallowed operation|ERROR\]/;

export interface WranglerDev {
  url: string;
  /** Milliseconds from spawning wrangler to the first 200 from /healthz, and that request alone. */
  startup: { readyAfterMs: number; firstHealthyRequestMs: number };
  child: ChildProcess;
  /** Everything wrangler printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Writes the deployable bundle into `outputDirectory` and returns the path of its entry file. */
export async function buildWorkerBundle(outputDirectory: string): Promise<string> {
  const output = await runToEnd(wrangler, ['deploy', '--dry-run', '--outdir', outputDirectory]);
  if (output.code !== 0)
    throw new Error(`wrangler deploy --dry-run failed (${output.code}):\n${output.text}`);
  return join(outputDirectory, 'worker.js');
}

/**
 * Starts `wrangler dev` on loopback and resolves once `/healthz` answers 200. Without `script` it
 * bundles from source as `npm run dev:worker` does; with it, it serves that built file unchanged.
 */
export async function startWranglerDev(options: {
  stateDirectory: string;
  script?: string;
  vars?: Record<string, string>;
  deadlineMs?: number;
}): Promise<WranglerDev> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const scriptArguments = options.script === undefined ? [] : [options.script, '--no-bundle'];
  const variableArguments = Object.entries(options.vars ?? {}).flatMap(([name, value]) => [
    '--var',
    `${name}:${value}`,
  ]);
  const child = spawn(
    wrangler,
    [
      'dev',
      ...scriptArguments,
      '--config',
      join(repositoryRoot, 'wrangler.toml'),
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--persist-to',
      options.stateDirectory,
      '--show-interactive-dev-session=false',
      ...variableArguments,
    ],
    // Its own process group, so stopping it also stops the workerd it starts.
    { cwd: repositoryRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: quietEnvironment },
  );
  let printed = '';
  const collect = (chunk: Buffer) => {
    printed += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const spawnedAt = performance.now();
  let firstHealthyRequestMs: number;
  try {
    firstHealthyRequestMs = await waitUntilHealthy(url, child, () => printed, options.deadlineMs ?? 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const startup = { readyAfterMs: performance.now() - spawnedAt, firstHealthyRequestMs };
  return { url, startup, child, output: () => printed, stop };
}

async function waitUntilHealthy(
  url: string,
  child: ChildProcess,
  printed: () => string,
  deadlineMs: number,
): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${printed()}`);
    if (startFailure.test(printed())) throw new Error(`The Worker did not start:\n${printed()}`);
    const started = performance.now();
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`wrangler dev did not become healthy within ${deadlineMs} ms:\n${printed()}`);
}

function runToEnd(
  command: string,
  commandArguments: string[],
): Promise<{ code: number | null; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArguments, {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: quietEnvironment,
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, text }));
  });
}

/** A port nothing listens on now; wrangler binds it a moment later. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
