import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/app-error.ts';
import { createSqliteSessionStore } from '../../../src/runtime/node/sqlite-session-store.ts';
import { runSessionStoreContract } from '../../sessions/session-store-contract.ts';

runSessionStoreContract('createSqliteSessionStore', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'raia-store-'));
  const store = createSqliteSessionStore({ path: join(directory, 'raia.db') });
  return {
    store,
    close: () => {
      store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
});

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

  it('erases a deleted session from the database and its WAL', async () => {
    const marker = 'confidential-answer-7f3a9c';
    const store = createSqliteSessionStore({ path });
    await store.create({ id: 'erased', createdAt: at, updatedAt: at, owner: null, data: { note: marker } });
    await store.save('erased', { note: `${marker} again` }, { expectedRevision: 0, updatedAt: at });
    await store.create({ id: 'other', createdAt: at, updatedAt: at, owner: null, data: { note: 'kept' } });

    expect(await store.delete('erased')).toBe(true);

    const onDisk = [path, `${path}-wal`].map((file) => readFileSync(file, { flag: 'r' }).toString('latin1'));
    expect(onDisk.join('')).not.toContain(marker);
    expect(await store.load('other')).toBeDefined();
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM sessions WHERE id = ?').pluck().get('erased')).toBe(0);
    raw.close();
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
