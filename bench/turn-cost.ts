/**
 * `npx tsx bench/turn-cost.ts`: in-process cost of `handleTurn` over a full readiness and risk
 * completion, with the memory and the SQLite store, and the size of the stored state blob at the end.
 * Single runs on a shared machine: compare the stores with the plain SQLite write from the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createAssistant } from '../src/conversation/create-assistant.ts';
import type { Reply } from '../src/conversation/reply.ts';
import { loadBuiltInKnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../src/questionnaires/registry.ts';
import { createSqliteSessionStore } from '../src/runtime/node/sqlite-session-store.ts';
import { createMemorySessionStore } from '../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../src/sessions/session-store.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const knowledgeBase = loadBuiltInKnowledgeBase();
const questionnaires = createDefaultQuestionnaireRegistry();

/** One session through both questionnaires; returns each turn's milliseconds and the final blob size. */
async function completeBoth(store: SessionStore): Promise<{ durations: number[]; blobBytes: number }> {
  const assistant = createAssistant({ store, questionnaires, knowledgeBase });
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

await measure('memory', () => ({ store: createMemorySessionStore(), close: () => undefined }));
await measure('sqlite', () => {
  const directory = mkdtempSync(join(tmpdir(), 'raia-turn-cost-'));
  const store = createSqliteSessionStore({ path: join(directory, 'raia.db') });
  return {
    store,
    close: () => {
      store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
});

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
