import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { StoreHealth } from '../../../src/runtime/node/sqlite-session-guard.ts';
import {
  createSqliteSessionStore,
  groupCommitMaxWrites,
} from '../../../src/runtime/node/sqlite-session-store.ts';
import { countWalCommits } from './wal-commits.ts';

const at = '2026-03-01T10:00:00.000Z';
const notSaved = { code: 'store-unavailable', userMessage: 'Your answer was not saved. Please try again.' };

/**
 * A fault only COMMIT can hit: a deferred foreign key that saving session `sessionId` breaks.
 * SQLite checks it at COMMIT, which then fails with the transaction still open, so every write of
 * the batch (the innocent ones too) is lost, as with an I/O error while syncing.
 */
function breakCommitsHolding(path: string, sessionId: string): () => void {
  const saboteur = new Database(path);
  saboteur.exec(`
    CREATE TABLE fault_parent (id INTEGER PRIMARY KEY);
    CREATE TABLE fault_child (parent INTEGER REFERENCES fault_parent (id) DEFERRABLE INITIALLY DEFERRED);
    CREATE TRIGGER fault AFTER UPDATE ON sessions WHEN NEW.id = '${sessionId}'
      BEGIN INSERT INTO fault_child VALUES (1); END;
  `);
  return () => {
    saboteur.exec('DROP TRIGGER fault; DROP TABLE fault_child; DROP TABLE fault_parent;');
    saboteur.close();
  };
}

describe('createSqliteSessionStore group commit', () => {
  let directory: string;
  let path: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'raia-group-commit-'));
    path = join(directory, 'raia.db');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  /** The store and its own connection, caught as it opens, so a test can cap its file. */
  function openWithConnection() {
    const pragma = vi.spyOn(Database.prototype, 'pragma');
    const store = createSqliteSessionStore({ path });
    const connection = pragma.mock.contexts[0] as Database.Database | undefined;
    pragma.mockRestore();
    if (connection === undefined) throw new Error('the store opened no connection');
    return { store, connection };
  }

  const session = (id: string) => ({ id, createdAt: at, updatedAt: at, owner: null, data: { step: 0 } });

  it('writes the saves of 50 concurrent sessions in far fewer transactions, all kept after reopening', async () => {
    const store = createSqliteSessionStore({ path });
    const ids = Array.from({ length: 50 }, (_, index) => `session-${index}`);
    await Promise.all(ids.map((id) => store.create(session(id))));
    const commitsBefore = countWalCommits(path);
    const transactionsBefore = store.stats().transactions;
    const rounds = 4;

    // Each session saves its turns one after another, as the assistant does; the sessions run at once.
    await Promise.all(
      ids.map(async (id) => {
        for (let step = 1; step <= rounds; step += 1) {
          const saved = await store.save(
            id,
            { step },
            { expectedRevision: step - 1, updatedAt: at, append: { transcript: [{ step }] } },
          );
          expect(saved).toEqual({ success: true, revision: step });
        }
      }),
    );

    const saves = ids.length * rounds;
    // Counted in the WAL file itself, not only by the store: batches as full as the cap allows
    // (a session's next save may join a later batch of the same round), far fewer than the saves.
    const commits = countWalCommits(path) - commitsBefore;
    expect(commits).toBeGreaterThanOrEqual(Math.ceil(saves / groupCommitMaxWrites));
    expect(commits).toBeLessThanOrEqual(rounds * Math.ceil(ids.length / groupCommitMaxWrites));
    expect(commits).toBeLessThan(saves / 4);
    expect(store.stats()).toMatchObject({
      writes: ids.length + saves,
      largestBatch: Math.min(ids.length, groupCommitMaxWrites),
      pending: 0,
    });
    expect(store.stats().transactions - transactionsBefore).toBe(commits);
    store.close();

    const reopened = createSqliteSessionStore({ path });
    for (const id of ids) {
      expect(await reopened.load(id)).toMatchObject({ revision: rounds, data: { step: rounds } });
      expect((await reopened.loadLog(id))?.transcript).toEqual([
        { step: 1 },
        { step: 2 },
        { step: 3 },
        { step: 4 },
      ]);
    }
    reopened.close();
  });

  it('applies two saves of one session in one batch in order: the second sees the first', async () => {
    const store = createSqliteSessionStore({ path });
    await store.create(session('ordered'));
    const before = store.stats().transactions;
    const results = await Promise.all([
      store.save(
        'ordered',
        { step: 1 },
        { expectedRevision: 0, updatedAt: at, append: { audit: [{ n: 1 }] } },
      ),
      store.save(
        'ordered',
        { step: 2 },
        { expectedRevision: 1, updatedAt: at, append: { audit: [{ n: 2 }] } },
      ),
      store.save('ordered', { step: 'stale' }, { expectedRevision: 1, updatedAt: at }),
    ]);
    expect(store.stats().transactions - before).toBe(1);
    expect(results).toEqual([
      { success: true, revision: 1 },
      { success: true, revision: 2 },
      { success: false, reason: 'conflict', currentRevision: 2 },
    ]);
    expect(await store.load('ordered')).toMatchObject({ revision: 2, data: { step: 2 } });
    expect(await store.loadLog('ordered')).toEqual({ transcript: [], audit: [{ n: 1 }, { n: 2 }] });
    store.close();
  });

  it('fails only the write that failed on its own: a duplicate create beside good writes', async () => {
    const store = createSqliteSessionStore({ path });
    await store.create(session('taken'));
    const before = store.stats().transactions;
    const outcomes = await Promise.allSettled([
      store.create(session('fresh')),
      store.create(session('taken')),
      store.save('taken', { step: 1 }, { expectedRevision: 0, updatedAt: at }),
    ]);
    expect(store.stats().transactions - before).toBe(1);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: { code: 'conflict' } });
    store.close();

    const reopened = createSqliteSessionStore({ path });
    expect(await reopened.load('fresh')).toMatchObject({ revision: 0 });
    expect(await reopened.load('taken')).toMatchObject({ revision: 1, data: { step: 1 } });
    reopened.close();
  });

  it('fails every write of a batch whose COMMIT fails, saves none of them, and reports not ready', async () => {
    const changes: StoreHealth[] = [];
    const store = createSqliteSessionStore({ path, onHealthChange: ({ health }) => changes.push(health) });
    await Promise.all(['a', 'b', 'c'].map((id) => store.create(session(id))));
    const repair = breakCommitsHolding(path, 'b');

    const outcomes = await Promise.allSettled(
      ['a', 'b', 'c'].map((id) => store.save(id, { step: 1 }, { expectedRevision: 0, updatedAt: at })),
    );
    expect(outcomes).toEqual(
      ['a', 'b', 'c'].map(() => ({ status: 'rejected', reason: expect.objectContaining(notSaved) })),
    );
    expect(outcomes[0]).toMatchObject({ reason: { cause: { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' } } });
    expect(store.health()).toMatchObject({ ready: false });
    expect(changes).toMatchObject([{ ready: false }]);

    repair();
    // The next batch is a new transaction: the retries are saved, and health is ready again.
    const retried = await Promise.all(
      ['a', 'b', 'c'].map((id) => store.save(id, { step: 1 }, { expectedRevision: 0, updatedAt: at })),
    );
    expect(retried).toEqual(['a', 'b', 'c'].map(() => ({ success: true, revision: 1 })));
    expect(store.health()).toEqual({ ready: true });
    store.close();
  });

  it('never reports as saved a write whose batch a full disk rolled back, nor saves a refused one', async () => {
    const { store, connection } = openWithConnection();
    const ids = ['small-1', 'small-2', 'large', 'small-3'];
    await Promise.all(ids.map((id) => store.create(session(id))));
    const pages = z.number().parse(connection.pragma('page_count', { simple: true }));
    connection.pragma(`max_page_count = ${pages}`);

    const outcomes = await Promise.allSettled(
      ids.map((id) =>
        store.save(
          id,
          { text: id === 'large' ? 'n'.repeat(20_000) : id },
          { expectedRevision: 0, updatedAt: at },
        ),
      ),
    );
    connection.pragma('max_page_count = 1073741823');
    store.close();

    // SQLite rolls the whole transaction back on SQLITE_FULL: the small writes before the large
    // one are gone with it, and the one after must not slip into a transaction of its own.
    expect(outcomes).toEqual(
      ids.map(() => ({ status: 'rejected', reason: expect.objectContaining(notSaved) })),
    );
    expect(outcomes[0]).toMatchObject({ reason: { cause: { code: 'SQLITE_FULL' } } });
    const reopened = createSqliteSessionStore({ path });
    for (const id of ids) {
      expect({ id, revision: (await reopened.load(id))?.revision }).toEqual({ id, revision: 0 });
    }
    reopened.close();
  });

  it('writes the queued writes when closed, then refuses new ones as store-unavailable', async () => {
    const store = createSqliteSessionStore({ path, scheduleFlush: () => undefined });
    const created = store.create(session('queued'));
    const saved = created.then(() =>
      store.save('queued', { step: 1 }, { expectedRevision: 0, updatedAt: at }),
    );
    expect(store.stats().pending).toBe(1);
    store.close();
    await expect(created).resolves.toMatchObject({ id: 'queued', revision: 0 });
    await expect(saved).rejects.toMatchObject(notSaved);

    const reopened = createSqliteSessionStore({ path });
    expect(await reopened.load('queued')).toMatchObject({ revision: 0 });
    reopened.close();
  });
});
