/**
 * `npm run bench:worker`: the deployable Worker bundle (`wrangler deploy --dry-run`) against
 * Cloudflare's size limits, its start under `wrangler dev` (workerd, local Durable Objects), and the
 * latency of questionnaire turns there next to the Node server (SQLite, its own process) in the
 * same run, each beside its own GET /healthz. `wrangler dev` is a development server: compare the
 * shapes, not the absolute figures with production. Every phase has a deadline.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { buildWorkerBundle, startWranglerDev } from '../scripts/wrangler-dev.ts';
import { startServerProcess } from './start-server-process.ts';

const sequentialTurns = Number(process.env.BENCH_TURNS ?? 200);
const healthRequests = 200;
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
    .object({
      id: z.string(),
      kind: z.string(),
      options: z.array(z.object({ value: z.union([z.string(), z.number(), z.boolean()]) })),
    })
    .nullable(),
});
type Question = NonNullable<z.infer<typeof replySchema>['question']>;

function measureBundle(script: string): void {
  const bundle = readFileSync(script);
  const compressed = gzipSync(bundle).length;
  const kibibytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log(`Worker bundle: ${kibibytes(bundle.length)} raw, ${kibibytes(compressed)} gzipped`);
  for (const [plan, limit] of Object.entries(limits)) {
    console.log(
      `  ${plan} plan limit ${limit / mebibyte} MiB compressed: ${((compressed / limit) * 100).toFixed(1)}% used`,
    );
  }
}

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(url).origin },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

function answerFor(question: Question): { action: string } | { text: string } {
  const option = question.options[0];
  if (option !== undefined) return { action: `answer:${question.id}:${String(option.value)}` };
  return { text: question.kind === 'number' ? '3' : 'Licence plate reader' };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Opens sessions in the risk questionnaire and times `turns` answers (milliseconds each). */
async function timeTurns(baseUrl: string, turns: number, deadline: number): Promise<number[]> {
  const timings: number[] = [];
  while (timings.length < turns && Date.now() < deadline) {
    const created = z.object({ sessionId: z.string() }).parse(await post(`${baseUrl}/api/sessions`, {}));
    const messages = `${baseUrl}/api/sessions/${created.sessionId}/messages`;
    let question = replySchema.parse(await post(messages, { action: 'start:risk' })).question;
    for (let turn = 0; turn < turnsPerSession && question !== null && timings.length < turns; turn += 1) {
      const answer = answerFor(question);
      let reply: unknown;
      timings.push(
        await timed(async () => {
          reply = await post(messages, answer);
        }),
      );
      question = replySchema.parse(reply).question;
    }
  }
  return timings;
}

async function timeHealth(baseUrl: string): Promise<number[]> {
  const timings: number[] = [];
  for (let request = 0; request < healthRequests; request += 1) {
    timings.push(await timed(() => fetch(`${baseUrl}/healthz`).then((response) => response.arrayBuffer())));
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
      `  p99 ${format(percentile(sorted, 0.99))}  ${((sorted.length / elapsedMs) * 1000).toFixed(0)}/s`,
  );
}

async function measure(name: string, baseUrl: string, startup: string): Promise<void> {
  console.log(`${name}\n  start: ${startup}`);
  const firstSearch = await timed(() =>
    fetch(`${baseUrl}/api/search?q=proportionality`).then((response) => response.arrayBuffer()),
  );
  console.log(`  first search (loads the index): ${firstSearch.toFixed(0)} ms`);
  await timeTurns(baseUrl, 20, Date.now() + phaseDeadlineMs);
  let started = performance.now();
  summarize('GET /healthz (baseline)', await timeHealth(baseUrl), performance.now() - started);
  started = performance.now();
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
  const scratch = mkdtempSync(join(tmpdir(), 'raia-worker-bench-'));
  try {
    const script = await buildWorkerBundle(join(scratch, 'bundle'));
    measureBundle(script);
    // As for the Node process: one loopback client sends everything, so lift the per-client limit.
    const worker = await startWranglerDev({
      script,
      stateDirectory: join(scratch, 'wrangler-state'),
      vars: { RAIA_RATE_LIMIT_PER_MINUTE: '1000000000' },
    });
    try {
      await measure(
        'wrangler dev on the built bundle (workerd, Durable Objects)',
        worker.url,
        `healthy ${worker.startup.readyAfterMs.toFixed(0)} ms after spawning wrangler; ` +
          `first /healthz (composes the app) ${worker.startup.firstHealthyRequestMs.toFixed(0)} ms`,
      );
    } finally {
      await worker.stop();
    }
    const spawnedAt = performance.now();
    const node = await startServerProcess(join(scratch, 'node-data'));
    const listeningAfter = performance.now() - spawnedAt;
    try {
      const firstHealth = await timed(() =>
        fetch(`${node.url}/healthz`).then((response) => response.arrayBuffer()),
      );
      await measure(
        'Node server (SQLite, npm start in its own process)',
        node.url,
        `listening ${listeningAfter.toFixed(0)} ms after spawning node; first /healthz ${firstHealth.toFixed(0)} ms`,
      );
    } finally {
      node.child.kill('SIGTERM');
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
