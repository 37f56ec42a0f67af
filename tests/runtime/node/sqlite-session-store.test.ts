import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../src/app-error.ts';
import { createSqliteSessionStore } from '../../../src/runtime/node/sqlite-session-store.ts';
import { runSessionStoreContract } from '../../sessions/session-store-contract.ts';
import { failLogInsertsSql, repairLogInsertsSql } from '../../sessions/sqlite-log-fault.ts';

const databasePaths = new WeakMap<object, string>();

runSessionStoreContract(
  'createSqliteSessionStore',
  async () => {
    const directory = mkdtempSync(join(tmpdir(), 'raia-store-'));
    const path = join(directory, 'raia.db');
    const store = createSqliteSessionStore({ path });
    databasePaths.set(store, path);
    return {
      store,
      close: () => {
        store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  },
  {
    // Another connection sees what the store committed.
    countDeliveries: async (harness) => {
      const inspector = new Database(databasePaths.get(harness.store) ?? '', { readonly: true });
      const count = z.number().parse(inspector.prepare('SELECT count(*) FROM delivery_claim').pluck().get());
      inspector.close();
      return count;
    },
    // The whole file shares one log table: the fault reaches every session, including the one named.
    breakLogWrites: async (harness) => {
      const saboteur = new Database(databasePaths.get(harness.store) ?? '');
      saboteur.exec(failLogInsertsSql);
      return async () => {
        saboteur.exec(repairLogInsertsSql);
        saboteur.close();
      };
    },
  },
);

describe('createSqliteSessionStore', () => {
  const at = '2026-02-01T10:00:00.000Z';
  let directory: string;
  let path: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'raia-store-'));
    path = join(directory, 'raia.db');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps sessions after the file is closed and opened again', async () => {
    const first = createSqliteSessionStore({ path });
    await first.create({
      id: 'kept',
      createdAt: at,
      updatedAt: at,
      owner: null,
      data: { answers: { q1: 'yes' } },
    });
    await first.save('kept', { answers: { q1: 'no' } }, { expectedRevision: 0, updatedAt: at });
    first.close();

    const second = createSqliteSessionStore({ path });
    expect(await second.load('kept')).toMatchObject({ revision: 1, data: { answers: { q1: 'no' } } });
    second.close();
  });

  it('puts the database file in WAL mode', () => {
    const store = createSqliteSessionStore({ path });
    const inspector = new Database(path, { readonly: true });
    expect(inspector.pragma('journal_mode', { simple: true })).toBe('wal');
    inspector.close();
    store.close();
  });

  it('erases a deleted session, its log and its replies from the database and its WAL', async () => {
    const marker = 'confidential-answer-7f3a9c';
    const store = createSqliteSessionStore({ path });
    await store.create(
      { id: 'erased', createdAt: at, updatedAt: at, owner: null, data: { note: marker } },
      { transcript: [{ text: `${marker} greeting` }] },
    );
    await store.save(
      'erased',
      { note: `${marker} again` },
      {
        expectedRevision: 0,
        updatedAt: at,
        append: { transcript: [{ text: `${marker} typed` }], audit: [{ note: `${marker} audit` }] },
        processed: { messageId: 'm-1', fingerprint: marker, reply: { text: `${marker} reply` } },
      },
    );
    await store.create({ id: 'other', createdAt: at, updatedAt: at, owner: null, data: { note: 'kept' } });

    expect(await store.delete('erased')).toBe(true);

    const onDisk = [path, `${path}-wal`].map((file) => readFileSync(file, { flag: 'r' }).toString('latin1'));
    expect(onDisk.join('')).not.toContain(marker);
    expect(await store.load('other')).toBeDefined();
    const raw = new Database(path, { readonly: true });
    for (const [table, column] of [
      ['sessions', 'id'],
      ['session_log', 'session_id'],
      ['processed_message', 'session_id'],
    ]) {
      expect(raw.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get('erased')).toBe(0);
    }
    raw.close();
    store.close();
  });

  it('opens a database file written by the previous version and adds the log tables', async () => {
    const previous = new Database(path);
    previous.exec(`
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY, revision INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        owner_organisation_id TEXT, owner_user_id TEXT, data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_updated_at ON sessions (updated_at, id);
    `);
    const legacyData = { schemaVersion: 1, transcript: [{ role: 'assistant' }], processed: [], audit: [] };
    previous
      .prepare('INSERT INTO sessions VALUES (?, 3, ?, ?, NULL, NULL, ?)')
      .run('old-session', at, at, JSON.stringify(legacyData));
    previous.close();

    const store = createSqliteSessionStore({ path });
    expect(await store.load('old-session')).toMatchObject({ revision: 3, data: legacyData });
    expect(await store.loadLog('old-session')).toEqual({ transcript: [], audit: [] });
    const saved = await store.save(
      'old-session',
      { schemaVersion: 2 },
      { expectedRevision: 3, updatedAt: at, append: { transcript: legacyData.transcript } },
    );
    expect(saved).toEqual({ success: true, revision: 4 });
    expect(await store.loadLog('old-session')).toEqual({ transcript: [{ role: 'assistant' }], audit: [] });
    store.close();
  });

  it('adds recorded_at to the processed messages of an earlier version, keeping their records', async () => {
    const first = createSqliteSessionStore({ path });
    await first.create({ id: 'older', createdAt: at, updatedAt: at, owner: null, data: {} });
    first.close();
    const previous = new Database(path);
    previous.exec(`
      DROP TABLE processed_message;
      CREATE TABLE processed_message (
        session_id TEXT NOT NULL, message_id TEXT NOT NULL, fingerprint TEXT NOT NULL, reply TEXT NOT NULL,
        sequence INTEGER NOT NULL, PRIMARY KEY (session_id, message_id)
      ) STRICT;
      INSERT INTO processed_message VALUES ('older', 'm-old', 'f', '{"text":"old"}', 0);
    `);
    previous.close();

    const store = createSqliteSessionStore({ path });
    const later = '2026-02-05T10:00:00.000Z';
    const processed = { messageId: 'm-new', fingerprint: 'f', reply: { text: 'new' } };
    expect(await store.save('older', {}, { expectedRevision: 0, updatedAt: later, processed })).toEqual({
      success: true,
      revision: 1,
    });
    // The old record has no time, so the age limit leaves it to the cap.
    expect(await store.findProcessed('older', 'm-old')).toEqual({ fingerprint: 'f', reply: { text: 'old' } });
    expect(await store.findProcessed('older', 'm-new')).toEqual({ fingerprint: 'f', reply: { text: 'new' } });
    store.close();
  });

  it('turns a locked database into store-unavailable, keeping the SQLite error as cause', async () => {
    const store = createSqliteSessionStore({ path, busyTimeoutMs: 0 });
    await store.create({ id: 'busy', createdAt: at, updatedAt: at, owner: null, data: {} });
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');

    const saving = store.save('busy', { blocked: true }, { expectedRevision: 0, updatedAt: at });
    await expect(saving).rejects.toBeInstanceOf(AppError);
    await expect(
      store.save('busy', { blocked: true }, { expectedRevision: 0, updatedAt: at }),
    ).rejects.toMatchObject({
      code: 'store-unavailable',
      userMessage: 'Your answer was not saved. Please try again.',
      cause: { code: 'SQLITE_BUSY' },
    });

    other.exec('ROLLBACK');
    other.close();
    expect(await store.save('busy', { blocked: false }, { expectedRevision: 0, updatedAt: at })).toEqual({
      success: true,
      revision: 1,
    });
    store.close();
  });

  it('reports a closed connection as store-unavailable', async () => {
    const store = createSqliteSessionStore({ path });
    store.close();
    await expect(store.load('anything')).rejects.toMatchObject({ code: 'store-unavailable' });
  });
});
