/**
 * `npm run bench:worker`: the Worker bundle's size against Cloudflare's limits, and the latency of
 * one questionnaire turn under `wrangler dev` (workerd with local Durable Objects) next to the Node
 * server (SQLite) in the same run. `wrangler dev` is a development server: compare the two shapes,
 * not the absolute figures with production. Every phase has a deadline; the run stops by itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { configSchema } from '../src/config.ts';
import { startServer } from '../src/runtime/node/start-server.ts';
import { silentLogger } from '../src/server/logger.ts';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const wrangler = join(repositoryRoot, 'node_modules', '.bin', 'wrangler');
const sequentialTurns = Number(process.env.BENCH_TURNS ?? 200);
const concurrentSessions = 8;
const turnsPerConcurrentSession = 10;
/** Answers per session before a fresh one, so every measured turn saves a similar-sized session. */
const turnsPerSession = 10;
const phaseDeadlineMs = 90_000;
const mebibyte = 1024 * 1024;
// developers.cloudflare.com/workers/platform/limits: compressed size after gzip.
const limits = { free: 3 * mebibyte, paid: 10 * mebibyte };

const replySchema = z.object({
  question: z
    .object({ kind: z.string(), options: z.array(z.object({ value: z.union([z.string(), z.number()]) })) })
    .nullable(),
});
type Question = NonNullable<z.infer<typeof replySchema>['question']>;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repositoryRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

async function measureBundle(): Promise<void> {
  const outputDirectory = join(repositoryRoot, 'dist', 'worker');
  await run(wrangler, ['deploy', '--dry-run', '--outdir', outputDirectory]);
  const bundle = readFileSync(join(outputDirectory, 'worker.js'));
  const compressed = gzipSync(bundle).length;
  const kibibytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log(`Worker bundle: ${kibibytes(bundle.length)} raw, ${kibibytes(compressed)} gzipped`);
  for (const [plan, limit] of Object.entries(limits)) {
    console.log(
      `  ${plan} plan limit ${limit / mebibyte} MiB compressed: ${((compressed / limit) * 100).toFixed(1)}% used`,
    );
  }
}

function freePort(): Promise<number> {
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

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + phaseDeadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('wrangler dev did not become healthy in time');
}

async function startWranglerDev(stateDirectory: string): Promise<{ url: string; stop: () => void }> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const child = spawn(
    wrangler,
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort)].concat([
      '--persist-to',
      stateDirectory,
      '--log-level',
      'warn',
      '--show-interactive-dev-session=false',
    ]),
    // Its own process group, so stopping it also stops the workerd it starts.
    { cwd: repositoryRoot, detached: true, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(url, child);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(url).origin },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

function answerFor(question: Question): { action: string } | { text: string } {
  const option = question.options[0];
  if (option !== undefined) return { action: `answer:${option.value}` };
  return { text: question.kind === 'number' ? '3' : 'Licence plate reader' };
}

/** Opens a session in the risk questionnaire, then times `turns` answers (milliseconds each). */
async function timeTurns(baseUrl: string, turns: number, deadline: number): Promise<number[]> {
  const timings: number[] = [];
  while (timings.length < turns && Date.now() < deadline) {
    const created = z.object({ sessionId: z.string() }).parse(await post(`${baseUrl}/api/sessions`, {}));
    const messages = `${baseUrl}/api/sessions/${created.sessionId}/messages`;
    let question = replySchema.parse(await post(messages, { action: 'start:risk' })).question;
    for (let turn = 0; turn < turnsPerSession && question !== null && timings.length < turns; turn += 1) {
      const started = performance.now();
      const reply = await post(messages, answerFor(question));
      timings.push(performance.now() - started);
      question = replySchema.parse(reply).question;
    }
  }
  return timings;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function summarize(label: string, timings: number[], elapsedMs: number): void {
  const sorted = [...timings].sort((left, right) => left - right);
  const format = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `  ${label.padEnd(34)} n=${String(sorted.length).padStart(3)}  p50 ${format(percentile(sorted, 0.5))}` +
      `  p99 ${format(percentile(sorted, 0.99))}  ${((sorted.length / elapsedMs) * 1000).toFixed(0)} turns/s`,
  );
}

async function measureTurns(name: string, baseUrl: string): Promise<void> {
  const firstStarted = performance.now();
  await fetch(`${baseUrl}/api/search?q=proportionality`).then((response) => response.arrayBuffer());
  // On the Worker the first request composed the app already (health check); this is the first query.
  console.log(`${name}: first search ${(performance.now() - firstStarted).toFixed(0)} ms`);
  await timeTurns(baseUrl, 20, Date.now() + phaseDeadlineMs);
  let started = performance.now();
  const sequential = await timeTurns(baseUrl, sequentialTurns, Date.now() + phaseDeadlineMs);
  summarize('sequential turns', sequential, performance.now() - started);
  started = performance.now();
  const deadline = Date.now() + phaseDeadlineMs;
  const concurrent = await Promise.all(
    Array.from({ length: concurrentSessions }, () => timeTurns(baseUrl, turnsPerConcurrentSession, deadline)),
  );
  summarize(`${concurrentSessions} sessions concurrently`, concurrent.flat(), performance.now() - started);
}

async function main(): Promise<void> {
  await run('npm', ['run', '--silent', 'build:web']);
  await measureBundle();
  const scratch = mkdtempSync(join(tmpdir(), 'raia-worker-bench-'));
  const worker = await startWranglerDev(join(scratch, 'wrangler-state'));
  const config = configSchema.parse({ RAIA_DATA_DIR: join(scratch, 'node-data'), LOG_LEVEL: 'silent' });
  const node = await startServer({ config, port: 0, host: '127.0.0.1', logger: silentLogger });
  try {
    await measureTurns('wrangler dev (workerd, Durable Objects)', worker.url);
    await measureTurns('Node server (SQLite)', node.url);
  } finally {
    worker.stop();
    await node.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
