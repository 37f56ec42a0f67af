import { abortAllDurableObjects, reset, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDurableObjectSessionStore } from '../../src/runtime/workers/durable-object-session-store.ts';
import type { SessionObject } from '../../src/runtime/workers/session-object.ts';
import type { ObjectState } from './object-state.ts';

const at = '2026-11-02T09:00:00.000Z';

function openStore() {
  return createDurableObjectSessionStore({
    sessions: env.SESSIONS,
    index: env.SESSION_INDEX,
    deliveries: env.DELIVERY_CLAIMS,
  });
}

function runSql(sessionId: string, query: string): Promise<unknown[]> {
  const stub = env.SESSIONS.get(env.SESSIONS.idFromName(sessionId));
  return runInDurableObject(stub, (_instance: SessionObject, state: ObjectState) =>
    state.storage.sql.exec(query).toArray(),
  );
}

describe('SessionObject log and processed messages', () => {
  beforeEach(async () => {
    await reset();
  });

  it('keeps the log and the processed replies through eviction', async () => {
    const store = openStore();
    await store.create(
      { id: 'evicted', createdAt: at, updatedAt: at, owner: null, data: { step: 0 } },
      { transcript: [{ turn: 0 }] },
    );
    await store.save(
      'evicted',
      { step: 1 },
      {
        expectedRevision: 0,
        updatedAt: at,
        append: { transcript: [{ turn: 1 }], audit: [{ event: 'answered' }] },
        processed: { messageId: 'm-1', fingerprint: 'f', reply: { text: 'first' } },
      },
    );

    await abortAllDurableObjects();

    const reopened = openStore();
    expect(await reopened.loadLog('evicted')).toEqual({
      transcript: [{ turn: 0 }, { turn: 1 }],
      audit: [{ event: 'answered' }],
    });
    expect(await reopened.findProcessed('evicted', 'm-1')).toEqual({
      fingerprint: 'f',
      reply: { text: 'first' },
    });
  });

  it('adds the log tables to an object written by the previous version', async () => {
    await runSql(
      'previous',
      `CREATE TABLE session (
         id TEXT PRIMARY KEY, revision INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
         organisation_id TEXT, user_id TEXT, data TEXT NOT NULL, expires_at INTEGER
       ) STRICT`,
    );
    await runSql(
      'previous',
      `INSERT INTO session VALUES ('previous', 2, '${at}', '${at}', NULL, NULL, '{"schemaVersion":1}', NULL)`,
    );
    const store = openStore();
    expect(await store.loadLog('previous')).toEqual({ transcript: [], audit: [] });
    expect(await store.findProcessed('previous', 'm-1')).toBeUndefined();
    expect(
      await store.save(
        'previous',
        { schemaVersion: 2 },
        { expectedRevision: 2, updatedAt: at, append: { transcript: [{ moved: true }] } },
      ),
    ).toEqual({ success: true, revision: 3 });
    expect(await store.loadLog('previous')).toEqual({ transcript: [{ moved: true }], audit: [] });
  });

  it('adds recorded_at to the processed messages of an earlier version, keeping their records', async () => {
    const store = openStore();
    await store.create({ id: 'older', createdAt: at, updatedAt: at, owner: null, data: {} });
    await runSql('older', 'DROP TABLE processed_message');
    await runSql(
      'older',
      `CREATE TABLE processed_message (
         message_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, reply TEXT NOT NULL, sequence INTEGER NOT NULL
       ) STRICT`,
    );
    await runSql('older', `INSERT INTO processed_message VALUES ('m-old', 'f', '{"text":"old"}', 0)`);
    // A fresh instance, as after a deploy: it has not seen the tables yet.
    await abortAllDurableObjects();

    const later = '2026-11-05T09:00:00.000Z';
    const processed = { messageId: 'm-new', fingerprint: 'f', reply: { text: 'new' } };
    const reopened = openStore();
    expect(await reopened.save('older', {}, { expectedRevision: 0, updatedAt: later, processed })).toEqual({
      success: true,
      revision: 1,
    });
    // The old record has no time, so the age limit leaves it to the cap.
    expect(await reopened.findProcessed('older', 'm-old')).toEqual({
      fingerprint: 'f',
      reply: { text: 'old' },
    });
    expect(await reopened.findProcessed('older', 'm-new')).toEqual({
      fingerprint: 'f',
      reply: { text: 'new' },
    });
  });
});
