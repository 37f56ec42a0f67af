import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createSqliteSessionStore } from '../../../src/runtime/node/sqlite-session-store.ts';
import { silentLogger } from '../../../src/server/logger.ts';
import { createRealApp, jsonRequest } from '../../server/real-app.ts';

const notSaved = {
  error: { code: 'store-unavailable', message: 'Your answer was not saved. Please try again.' },
};
const viewSchema = z.object({
  answers: z.record(
    z.string(),
    z.object({ answers: z.record(z.string(), z.object({ value: z.unknown() })) }),
  ),
});

describe('store faults through the HTTP API', () => {
  let directory: string;
  let path: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'raia-faults-'));
    path = join(directory, 'raia.db');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(directory, { recursive: true, force: true });
  });

  /** The real app on a SQLite file; also returns the store's own connection (spied at open). */
  function openApp() {
    const pragma = vi.spyOn(Database.prototype, 'pragma');
    const store = createSqliteSessionStore({ path, busyTimeoutMs: 0 });
    const connection = pragma.mock.contexts[0] as Database.Database | undefined;
    pragma.mockRestore();
    if (connection === undefined) throw new Error('the store opened no connection');
    const causes: unknown[] = [];
    const logger = {
      ...silentLogger,
      error: (details: Record<string, unknown>) => causes.push((details.err as Error | undefined)?.cause),
    };
    const { app } = createRealApp({ store, logger });
    return { app, store, connection, causes };
  }

  async function start(app: ReturnType<typeof openApp>['app']) {
    const created = await app.request('/api/sessions', { method: 'POST' });
    const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
    const send = (body: object) =>
      app.request(`/api/sessions/${sessionId}/messages`, jsonRequest('POST', body));
    expect((await send({ action: 'start:risk', messageId: 'm0' })).status).toBe(200);
    return { sessionId, send };
  }

  async function answersAfterReopen(sessionId: string) {
    const { app, store } = openApp();
    const view = viewSchema.parse(await (await app.request(`/api/sessions/${sessionId}`)).json());
    store.close();
    return view.answers.risk?.answers ?? {};
  }

  it('answers 503 "not saved, please retry" while another connection holds the lock, and loses nothing', async () => {
    const { app, store, causes } = openApp();
    const { sessionId, send } = await start(app);
    expect((await send({ text: 'Custody matcher', messageId: 'm1' })).status).toBe(200);

    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    const refused = await send({ text: '1', messageId: 'm2' });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual(notSaved);
    expect(causes).toMatchObject([{ code: 'SQLITE_BUSY' }]);
    other.exec('ROLLBACK');
    other.close();

    expect((await send({ text: '1', messageId: 'm2' })).status).toBe(200);
    store.close();
    const answers = await answersAfterReopen(sessionId);
    expect(answers['system-name']?.value).toBe('Custody matcher');
    expect(answers['system-purpose']).toBeDefined();
  });

  it('answers 503 when the database is full (SQLITE_FULL), and saves the retry once space is back', async () => {
    const { app, store, connection, causes } = openApp();
    const { sessionId, send } = await start(app);
    expect((await send({ text: 'Custody matcher', messageId: 'm1' })).status).toBe(200);

    const pages = z.number().parse(connection.pragma('page_count', { simple: true }));
    connection.pragma(`max_page_count = ${pages}`);
    const longAnswer = 'n'.repeat(3900);
    const refused = await send({ text: longAnswer, messageId: 'm2' });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual(notSaved);
    expect(causes).toMatchObject([{ code: 'SQLITE_FULL' }]);

    connection.pragma('max_page_count = 1073741823');
    const view = viewSchema.parse(await (await app.request(`/api/sessions/${sessionId}`)).json());
    expect(view.answers.risk?.answers['system-purpose']).toBeUndefined();
    expect((await send({ text: '1', messageId: 'm3' })).status).toBe(200);
    store.close();
    const answers = await answersAfterReopen(sessionId);
    expect(answers['system-name']?.value).toBe('Custody matcher');
    expect(answers['system-purpose']).toBeDefined();
  });
});
