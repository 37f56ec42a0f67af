/**
 * `npm run bench:server`: throughput and latency of the real Node server on loopback, and memory per
 * 1,000 idle sessions. The server runs as its own process so autocannon does not share its event loop.
 * Single runs on a shared machine: compare the turn figures with GET /healthz from the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import { z } from 'zod';
import { configSchema } from '../src/config.ts';
import { createAssistant } from '../src/conversation/create-assistant.ts';
import { createKnowledgeService } from '../src/knowledge/create-knowledge-service.ts';
import { loadBuiltInKnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../src/questionnaires/registry.ts';
import { createSqliteSessionStore } from '../src/runtime/node/sqlite-session-store.ts';
import { createApp } from '../src/server/create-app.ts';
import { silentLogger } from '../src/server/logger.ts';
import { createMemorySessionStore } from '../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../src/sessions/session-store.ts';
import { startServerProcess } from './start-server-process.ts';

const durationSeconds = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
// BENCH_SKIP_HEALTHZ=1 runs the turn phase alone, so a server CPU profile holds nothing else. The
// ratio then has no same-run baseline and is not printed.
const skipHealthz = process.env.BENCH_SKIP_HEALTHZ === '1';
const connections = 50;
const idleSessions = 1000;
const jsonHeaders = { 'content-type': 'application/json' };

async function post(url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: jsonHeaders,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

const replySchema = z.object({
  quickReplies: z.array(z.object({ id: z.string() })),
  question: z.object({ id: z.string() }).nullable(),
});

/**
 * Sessions parked on a single-choice question, with the action that answers it: answering and then
 * going back keeps each session valid for as long as the bench runs.
 */
async function prepareSessions(url: string, count: number): Promise<Array<{ path: string; answer: string }>> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const { sessionId } = z.object({ sessionId: z.string() }).parse(await post(`${url}/api/sessions`));
      const path = `/api/sessions/${sessionId}/messages`;
      await post(`${url}${path}`, { action: 'start:risk' });
      const reply = replySchema.parse(await post(`${url}${path}`, { text: 'Bench system' }));
      const answer = reply.quickReplies.find((quickReply) => quickReply.id.startsWith('answer:'))?.id;
      if (answer === undefined) throw new Error('the second risk question offers no answer button');
      // One dry cycle proves the pair really moves forward and back (not two re-asks).
      const forward = replySchema.parse(await post(`${url}${path}`, { action: answer }));
      const back = replySchema.parse(await post(`${url}${path}`, { action: 'nav:back' }));
      if (forward.question?.id === reply.question?.id || back.question?.id !== reply.question?.id) {
        throw new Error('answering and going back did not move between questions');
      }
      return { path, answer };
    }),
  );
}

function summarize(name: string, result: autocannon.Result) {
  return {
    name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}

async function measureThroughput() {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'raia-bench-'));
  const server = await startServerProcess(dataDirectory);
  try {
    const health = skipHealthz
      ? undefined
      : await autocannon({ url: `${server.url}/healthz`, connections, duration: durationSeconds });
    const sessions = await prepareSessions(server.url, connections);
    let nextClient = 0;
    const turns = await autocannon({
      url: server.url,
      connections,
      duration: durationSeconds,
      // One session per connection, answering then going back: every request is a saved turn.
      setupClient: (client) => {
        const session = sessions[nextClient++ % sessions.length];
        if (session === undefined) throw new Error('no session prepared');
        const { path, answer } = session;
        client.setRequests([
          { method: 'POST', path, headers: jsonHeaders, body: JSON.stringify({ action: answer }) },
          { method: 'POST', path, headers: jsonHeaders, body: JSON.stringify({ action: 'nav:back' }) },
        ]);
      },
    });
    const turnRow = summarize('POST turn (SQLite)', turns);
    console.table(health === undefined ? [turnRow] : [summarize('GET /healthz', health), turnRow]);
    if (health !== undefined)
      console.log(
        `turn / healthz throughput: ${(turns.requests.average / health.requests.average).toFixed(3)}`,
      );
  } finally {
    server.child.kill('SIGTERM');
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}

/** Heap and RSS growth for 1,000 sessions created through the API and left idle, after a full GC. */
async function measureIdleMemory(storeName: string, store: SessionStore) {
  setFlagsFromString('--expose_gc');
  const collect: unknown = runInNewContext('gc');
  const settle = () => (typeof collect === 'function' ? collect() : undefined);
  const knowledgeBase = loadBuiltInKnowledgeBase();
  const app = createApp({
    assistant: createAssistant({
      store,
      questionnaires: createDefaultQuestionnaireRegistry(),
      knowledgeBase,
    }),
    knowledge: createKnowledgeService(knowledgeBase),
    config: configSchema.parse({}),
    logger: silentLogger,
  });
  await app.request('/api/sessions', { method: 'POST' });
  settle();
  const before = process.memoryUsage();
  for (let index = 0; index < idleSessions; index += 1)
    await app.request('/api/sessions', { method: 'POST' });
  settle();
  const after = process.memoryUsage();
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
  return {
    store: storeName,
    'heap MB / 1,000 sessions': megabytes(after.heapUsed - before.heapUsed),
    'RSS MB / 1,000 sessions': megabytes(after.rss - before.rss),
    'gc exposed': typeof collect === 'function',
  };
}

await measureThroughput();
const memoryDirectory = mkdtempSync(join(tmpdir(), 'raia-bench-memory-'));
const sqlite = createSqliteSessionStore({ path: join(memoryDirectory, 'raia.db') });
console.table([
  await measureIdleMemory('memory', createMemorySessionStore()),
  await measureIdleMemory('sqlite', sqlite),
]);
sqlite.close();
rmSync(memoryDirectory, { recursive: true, force: true });
