import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssistant } from '../../../src/conversation/create-assistant.ts';
import { loadBuiltInKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../../../src/questionnaires/registry.ts';
import {
  createSqliteSessionStore,
  type SqliteSessionStore,
} from '../../../src/runtime/node/sqlite-session-store.ts';
import { purgeExpiredSessions } from '../../../src/sessions/purge-expired-sessions.ts';

const day = 86_400_000;
const knowledgeBase = loadBuiltInKnowledgeBase();

/** Every file SQLite keeps for the database (main file, WAL, shared memory), as raw bytes. */
function databaseBytes(directory: string): string {
  return readdirSync(directory)
    .map((file) => readFileSync(join(directory, file)).toString('latin1'))
    .join('');
}

describe('retention and erasure on SQLite', () => {
  let directory: string;
  let store: SqliteSessionStore;
  let clock: number;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'raia-retention-'));
    store = createSqliteSessionStore({ path: join(directory, 'raia.db') });
    clock = Date.parse('2026-01-01T00:00:00.000Z');
  });
  afterEach(() => {
    store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const assistant = () =>
    createAssistant({
      store,
      questionnaires: createDefaultQuestionnaireRegistry(),
      knowledgeBase,
      now: () => new Date(clock),
    });

  async function sessionAnswering(text: string): Promise<string> {
    const raia = assistant();
    const created = await raia.createSession();
    if (!created.success) throw created.error;
    const sessionId = created.data.sessionId;
    await raia.handleTurn({ sessionId, action: 'start:risk' });
    const answered = await raia.handleTurn({ sessionId, text });
    if (!answered.success) throw answered.error;
    return sessionId;
  }

  it('leaves no byte of a deleted session in the database files', async () => {
    const secret = 'Project Kestrel-9 gait recognition pilot';
    const kept = 'Licence plate reader for the harbour';
    const erased = await sessionAnswering(secret);
    await sessionAnswering(kept);
    expect(databaseBytes(directory)).toContain(secret);

    const deleted = await assistant().deleteSession(erased);
    expect(deleted.success).toBe(true);
    const bytes = databaseBytes(directory);
    expect(bytes).not.toContain(secret);
    expect(bytes).not.toContain(erased);
    expect(bytes).toContain(kept);
  });

  it('erases sessions idle past RAIA_RETENTION_DAYS at an injected time, and nothing newer', async () => {
    const old = await sessionAnswering('Old drone imagery triage tool');
    clock += 60 * day;
    const recent = await sessionAnswering('Recent transcription service');

    const erased = await purgeExpiredSessions(store, { retentionDays: 90, now: new Date(clock + 29 * day) });
    expect(erased).toBe(0);
    expect(await purgeExpiredSessions(store, { retentionDays: 90, now: new Date(clock + 31 * day) })).toBe(1);
    expect(await store.load(old)).toBeUndefined();
    expect(await store.load(recent)).toBeDefined();
    expect(databaseBytes(directory)).not.toContain('Old drone imagery');
    expect(await purgeExpiredSessions(store, { retentionDays: 90, now: new Date(clock + 91 * day) })).toBe(1);
    expect((await store.list()).length).toBe(0);
  });
});
