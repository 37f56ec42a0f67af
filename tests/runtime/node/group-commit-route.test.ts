import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSqliteSessionStore } from '../../../src/runtime/node/sqlite-session-store.ts';
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

const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('group commit through the HTTP API', () => {
  let directory: string;
  let path: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'raia-group-route-'));
    path = join(directory, 'raia.db');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  /** The real app on a SQLite file whose flushes the test can hold back, to fill one batch. */
  function openApp() {
    const gate = { held: false, flushes: [] as Array<() => void> };
    const store = createSqliteSessionStore({
      path,
      scheduleFlush: (flush) => {
        if (gate.held) gate.flushes.push(flush);
        else setImmediate(flush);
      },
    });
    const { app } = createRealApp({ store });
    const send = (sessionId: string, body: object) =>
      app.request(`/api/sessions/${sessionId}/messages`, jsonRequest('POST', body));
    return { app, store, gate, send };
  }

  it('answers every turn of a batch whose commit failed with 503 "not saved", and loses nothing acknowledged', async () => {
    const { app, store, gate, send } = openApp();
    const sessionIds: string[] = [];
    for (let index = 0; index < 8; index += 1) {
      const created = await app.request('/api/sessions', { method: 'POST' });
      const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
      expect((await send(sessionId, { action: 'start:risk', messageId: 'm0' })).status).toBe(200);
      expect((await send(sessionId, { text: `System ${index}`, messageId: 'm1' })).status).toBe(200);
      sessionIds.push(sessionId);
    }

    // Every session's next turn waits for the same batch; then its COMMIT fails.
    gate.held = true;
    const turns = sessionIds.map((sessionId) => send(sessionId, { text: '1', messageId: 'm2' }));
    for (let turn = 0; store.stats().pending < sessionIds.length; turn += 1) {
      if (turn > 1000) throw new Error(`only ${store.stats().pending} turns reached their save`);
      await nextLoopTurn();
    }
    const saboteur = new Database(path);
    // A deferred foreign key broken by one session's save: SQLite refuses the COMMIT itself.
    saboteur.exec(`
      CREATE TABLE fault_parent (id INTEGER PRIMARY KEY);
      CREATE TABLE fault_child (parent INTEGER REFERENCES fault_parent (id) DEFERRABLE INITIALLY DEFERRED);
      CREATE TRIGGER fault AFTER UPDATE ON sessions WHEN NEW.id = '${sessionIds[3]}'
        BEGIN INSERT INTO fault_child VALUES (1); END;
    `);
    gate.held = false;
    const transactionsBefore = store.stats().transactions;
    for (const flush of gate.flushes.splice(0)) flush();
    const responses = await Promise.all(turns);
    expect(store.stats().transactions - transactionsBefore).toBe(1);
    expect(responses.map((response) => response.status)).toEqual(sessionIds.map(() => 503));
    for (const response of responses) expect(await response.json()).toEqual(notSaved);

    saboteur.exec('DROP TRIGGER fault; DROP TABLE fault_child; DROP TABLE fault_parent;');
    saboteur.close();
    // Nothing of the failed batch was kept: each retry of the same message is applied now.
    const retries = await Promise.all(
      sessionIds.map((sessionId) => send(sessionId, { text: '1', messageId: 'm2' })),
    );
    expect(retries.map((response) => response.status)).toEqual(sessionIds.map(() => 200));
    store.close();

    const reopened = openApp();
    for (const [index, sessionId] of sessionIds.entries()) {
      const view = viewSchema.parse(await (await reopened.app.request(`/api/sessions/${sessionId}`)).json());
      const answers = view.answers.risk?.answers ?? {};
      expect(answers['system-name']?.value).toBe(`System ${index}`);
      expect(answers['system-purpose']).toBeDefined();
    }
    reopened.store.close();
  });
});
