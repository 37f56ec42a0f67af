import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { StoreHealth } from '../../../src/runtime/node/sqlite-session-guard.ts';
import { createSqliteSessionStore } from '../../../src/runtime/node/sqlite-session-store.ts';
import { createRealApp, jsonRequest } from '../../server/real-app.ts';

const probeIntervalMs = 5000;

describe('/healthz over the SQLite store', () => {
  let directory: string;
  let path: string;
  const cleanups: Array<() => void> = [];
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'raia-health-'));
    path = join(directory, 'raia.db');
  });
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    rmSync(directory, { recursive: true, force: true });
  });

  /** The real app on a SQLite file with a hand-moved clock; `changes` are what the log is told. */
  function openApp() {
    const clock = { now: 1_000_000 };
    const changes: StoreHealth[] = [];
    // The store's own connection, caught as it opens, so a test can cap its file (SQLITE_FULL).
    const pragma = vi.spyOn(Database.prototype, 'pragma');
    const store = createSqliteSessionStore({
      path,
      busyTimeoutMs: 0,
      probeIntervalMs,
      clock: () => clock.now,
      onHealthChange: ({ health }) => changes.push(health),
    });
    const connection = pragma.mock.contexts[0] as Database.Database | undefined;
    pragma.mockRestore();
    if (connection === undefined) throw new Error('the store opened no connection');
    cleanups.push(() => store.close());
    const { app } = createRealApp({ store, readiness: () => store.health() });
    const health = async () => {
      const response = await app.request('/healthz');
      return { status: response.status, body: await response.json() };
    };
    return { app, store, connection, clock, changes, health };
  }

  it('is ok on a healthy store', async () => {
    const { health } = openApp();
    expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('reports a failed save at once (a full disk) and is ok again after the next successful save', async () => {
    const { app, connection, health, changes } = openApp();
    const created = await app.request('/api/sessions', { method: 'POST' });
    const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
    const send = (body: object) =>
      app.request(`/api/sessions/${sessionId}/messages`, jsonRequest('POST', body));
    expect((await send({ action: 'start:risk' })).status).toBe(200);

    const pages = z.number().parse(connection.pragma('page_count', { simple: true }));
    connection.pragma(`max_page_count = ${pages}`);
    expect((await send({ text: 'n'.repeat(3900) })).status).toBe(503);
    expect(await health()).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        reason: 'Answers cannot be saved: the disk holding the database is full.',
      },
    });

    connection.pragma('max_page_count = 1073741823');
    expect((await send({ text: 'Custody matcher' })).status).toBe(200);
    expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });
    expect(changes.map((change) => change.ready)).toEqual([false, true]);
  });

  it('probes the write path when nothing was written for a while, and caches the answer', async () => {
    const { health, clock, changes } = openApp();
    expect((await health()).status).toBe(200);

    const other = new Database(path);
    cleanups.push(() => other.close());
    other.exec('BEGIN EXCLUSIVE');
    // Within the interval the last outcome stands: /healthz does not write on every request.
    clock.now += probeIntervalMs - 1;
    expect((await health()).status).toBe(200);
    clock.now += 1;
    expect(await health()).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        reason: 'Answers cannot be saved: the database is locked by another process.',
      },
    });

    other.exec('ROLLBACK');
    expect((await health()).status).toBe(503);
    clock.now += probeIntervalMs;
    expect((await health()).status).toBe(200);
    expect(changes.map((change) => change.ready)).toEqual([false, true]);
  });

  it('notices a deleted database file through the probe, before anyone tries to save', async () => {
    const { health, clock, changes } = openApp();
    expect((await health()).status).toBe(200);
    unlinkSync(path);
    clock.now += probeIntervalMs;
    const after = await health();
    expect(after.status).toBe(503);
    expect(after.body).toEqual({
      status: 'unavailable',
      reason:
        'Answers cannot be saved: the database file was deleted or replaced while RAIA was running. Restart RAIA once the right file is back in place.',
    });
    // It stays so, and is reported once.
    clock.now += 10 * probeIntervalMs;
    expect((await health()).status).toBe(503);
    expect(changes).toHaveLength(1);
  });
});
