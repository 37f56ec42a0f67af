/**
 * `npx tsx bench/turn-cost.ts`: in-process cost of `handleTurn` over a full readiness and risk
 * completion, with the memory and the SQLite store, and the size of the stored state blob at the end.
 * Then the concurrent mode: `BENCH_SESSIONS` (50) sessions complete both questionnaires at once,
 * each turn after the previous one of its session, so the SQLite store's group commit shares one
 * sync among the turns that reach their save together. It reports each turn's latency (from its
 * call to its reply: its share of the event loop plus the commit it waited for), the cost per turn
 * (wall time over all turns: what throughput buys), and for SQLite the transactions and the
 * largest batch. Single runs on a shared machine: compare the stores with the plain SQLite write
 * from the same run. `BENCH_PACKS` (below) adds the framework packs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createAssistant } from '../src/conversation/create-assistant.ts';
import type { Reply } from '../src/conversation/reply.ts';
import { createFrameworkQuestionnaires } from '../src/frameworks/create-framework-questionnaires.ts';
import { createDefaultFrameworkRegistry } from '../src/frameworks/framework-registry.ts';
import { loadBuiltInKnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../src/questionnaires/registry.ts';
import type { GroupCommitStats } from '../src/runtime/node/group-commit-queue.ts';
import { createSqliteSessionStore } from '../src/runtime/node/sqlite-session-store.ts';
import { createMemorySessionStore } from '../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../src/sessions/session-store.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const concurrentSessions = Number(process.env.BENCH_SESSIONS ?? 50);
const knowledgeBase = loadBuiltInKnowledgeBase();
/**
 * `BENCH_PACKS` composes the framework packs as a deployment with RAIA_FRAMEWORK_PACKS set to it
 * does (`default`: unset, every installed pack asked; the first option answers yes to each, so
 * every pack question the profile calls for is walked too). Unset: the Toolkit questionnaires alone.
 */
const questionnaires = questionnairesFor(process.env.BENCH_PACKS);

function questionnairesFor(setting: string | undefined) {
  if (setting === undefined) return createDefaultQuestionnaireRegistry();
  const composed = createFrameworkQuestionnaires({
    questionnaires: createDefaultQuestionnaireRegistry(),
    frameworks: createDefaultFrameworkRegistry(),
    setting: setting === 'default' ? undefined : setting,
  });
  if (!composed.success) throw composed.error;
  return composed.data;
}

/** One session through both questionnaires; returns each turn's milliseconds and the final blob size. */
async function completeBoth(
  store: SessionStore,
  assistant = createAssistant({ store, questionnaires, knowledgeBase }),
): Promise<{ durations: number[]; blobBytes: number }> {
  const created = await assistant.createSession();
  if (!created.success) throw created.error;
  const { sessionId } = created.data;
  const durations: number[] = [];
  const turn = async (message: { text: string } | { action: string }): Promise<Reply> => {
    const started = performance.now();
    const result = await assistant.handleTurn({ sessionId, ...message, messageId: crypto.randomUUID() });
    durations.push(performance.now() - started);
    if (!result.success) throw result.error;
    return result.data;
  };
  for (const questionnaire of ['readiness', 'risk']) {
    let reply = await turn({ action: `start:${questionnaire}` });
    if (reply.quickReplies.some((quick) => quick.id === 'begin')) reply = await turn({ action: 'begin' });
    for (let step = 0; step < 200 && reply.question !== null; step += 1) {
      const question = reply.question;
      const first = question.options[0]?.value;
      reply =
        first !== undefined
          ? await turn({ action: `answer:${question.id}:${first}` })
          : await turn({ text: question.kind === 'number' ? '3' : 'A test answer' });
    }
    await turn({ action: 'submit' });
  }
  const stored = await store.load(sessionId);
  return { durations, blobBytes: new TextEncoder().encode(JSON.stringify(stored?.data)).length };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

async function measure(name: string, open: () => { store: SessionStore; close: () => void }) {
  const all: number[] = [];
  let turns = 0;
  let blobBytes = 0;
  // The first round warms the JIT and the knowledge base; it is not counted.
  for (let round = 0; round <= rounds; round += 1) {
    const { store, close } = open();
    const result = await completeBoth(store);
    close();
    if (round === 0) continue;
    all.push(...result.durations);
    turns = result.durations.length;
    blobBytes = result.blobBytes;
  }
  all.sort((left, right) => left - right);
  const format = (value: number) => value.toFixed(2);
  console.log(
    `${name}: ${turns} turns x ${rounds} rounds, p50 ${format(percentile(all, 0.5))} ms, p99 ${format(
      percentile(all, 0.99),
    )} ms, blob at end ${(blobBytes / 1024).toFixed(1)} KB`,
  );
}

type OpenStore = () => { store: SessionStore; close: () => void; stats?: () => GroupCommitStats };

/** `concurrentSessions` sessions through both questionnaires at once, on one store and assistant. */
async function measureConcurrent(name: string, open: OpenStore) {
  const all: number[] = [];
  let wallMilliseconds = 0;
  let largestBatch = 0;
  let transactions = 0;
  let writes = 0;
  let batched = false;
  for (let round = 0; round <= rounds; round += 1) {
    const { store, close, stats } = open();
    const assistant = createAssistant({ store, questionnaires, knowledgeBase });
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: concurrentSessions }, () => completeBoth(store, assistant)),
    );
    const elapsed = performance.now() - started;
    const counts = stats?.();
    batched = counts !== undefined;
    close();
    if (round === 0) continue;
    for (const result of results) all.push(...result.durations);
    wallMilliseconds += elapsed;
    largestBatch = Math.max(largestBatch, counts?.largestBatch ?? 0);
    transactions += counts?.transactions ?? 0;
    writes += counts?.writes ?? 0;
  }
  all.sort((left, right) => left - right);
  const format = (value: number) => value.toFixed(3);
  const batching = !batched
    ? ''
    : `, ${writes} writes in ${transactions} transactions, largest batch ${largestBatch}`;
  console.log(
    `${name} x ${concurrentSessions} concurrent sessions: ${all.length} turns over ${rounds} rounds, latency p50 ${format(
      percentile(all, 0.5),
    )} ms, p99 ${format(percentile(all, 0.99))} ms, cost per turn ${format(wallMilliseconds / all.length)} ms${batching}`,
  );
}

const openMemory: OpenStore = () => ({ store: createMemorySessionStore(), close: () => undefined });
const openSqlite: OpenStore = () => {
  const directory = mkdtempSync(join(tmpdir(), 'raia-turn-cost-'));
  const store = createSqliteSessionStore({ path: join(directory, 'raia.db') });
  return {
    store,
    stats: () => store.stats(),
    close: () => {
      store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
};

await measure('memory', openMemory);
await measure('sqlite', openSqlite);
await measureConcurrent('memory', openMemory);
await measureConcurrent('sqlite', openSqlite);

// The floor: one plain single-row write, WAL and synchronous = FULL as the store uses.
{
  const directory = mkdtempSync(join(tmpdir(), 'raia-turn-cost-'));
  const database = new Database(join(directory, 'plain.db'));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.exec('CREATE TABLE plain (id TEXT PRIMARY KEY, data TEXT NOT NULL)');
  const write = database.prepare('INSERT OR REPLACE INTO plain (id, data) VALUES (?, ?)');
  const payload = 'x'.repeat(1024);
  const durations: number[] = [];
  for (let index = 0; index < 500; index += 1) {
    const started = performance.now();
    write.run('row', payload);
    durations.push(performance.now() - started);
  }
  database.close();
  rmSync(directory, { recursive: true, force: true });
  durations.sort((left, right) => left - right);
  console.log(
    `plain SQLite write (1 KB row): p50 ${percentile(durations, 0.5).toFixed(2)} ms, p99 ${percentile(durations, 0.99).toFixed(2)} ms`,
  );
}
