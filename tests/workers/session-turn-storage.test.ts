import { abortAllDurableObjects, reset, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/conversation/reply.ts';
import { createDurableObjectSessionStore } from '../../src/runtime/workers/durable-object-session-store.ts';
import { type SessionIndexObject, sessionIndexName } from '../../src/runtime/workers/session-index-object.ts';
import type { SessionObject } from '../../src/runtime/workers/session-object.ts';
import { type StorageTrace, traceStorage } from './storage-trace.ts';
import { postJson } from './worker-fetch.ts';

type TurnBody = { text: string; messageId: string } | { action: string; messageId: string };

async function turn(sessionId: string, body: TurnBody): Promise<Reply> {
  const response = await postJson(`/api/sessions/${sessionId}/messages`, body);
  expect(response.status).toBe(200);
  return (await response.json()) as Reply;
}

async function newSession(): Promise<string> {
  const created = await postJson('/api/sessions', {});
  expect(created.status).toBe(201);
  return ((await created.json()) as { sessionId: string }).sessionId;
}

/** Traces the storage of the object that holds `sessionId`, and of the index object. */
async function traceTurnStorage(sessionId: string): Promise<{ session: StorageTrace; index: StorageTrace }> {
  let session: StorageTrace | undefined;
  let index: StorageTrace | undefined;
  await runInDurableObject(
    env.SESSIONS.get(env.SESSIONS.idFromName(sessionId)),
    (instance: SessionObject) => {
      session = traceStorage(instance);
    },
  );
  await runInDurableObject(
    env.SESSION_INDEX.get(env.SESSION_INDEX.idFromName(sessionIndexName)),
    (instance: SessionIndexObject) => {
      index = traceStorage(instance);
    },
  );
  if (session === undefined || index === undefined) throw new Error('The objects were not traced.');
  return { session, index };
}

/**
 * One turn through the Worker as a browser sends it (`POST /api/sessions/:id/messages` with a
 * message id): the access check, the idempotency lookup, the turn and its save, and the index.
 */
describe('a turn on the Worker', () => {
  beforeEach(async () => {
    await reset();
  });

  it('takes one storage transaction and reads nothing the session object already holds', async () => {
    const sessionId = await newSession();
    await turn(sessionId, { action: 'start:risk', messageId: 'm-1' });
    const traced = await traceTurnStorage(sessionId);

    const reply = await turn(sessionId, { text: 'Pilot camera system', messageId: 'm-2' });

    expect(reply.state).toBe('risk.asking');
    expect(traced.session.summary()).toEqual({
      transactions: 1,
      transactionSyncCalls: 1,
      writes: expect.any(Number),
      // The one read a turn needs: whether this message id was answered before.
      readsByTable: { processed_message: 1 },
      duplicateReads: [],
    });
    expect(traced.index.summary()).toMatchObject({ transactions: 1, readsByTable: {} });
  });

  it('reads the session once after eviction, and still commits the turn in one transaction', async () => {
    const sessionId = await newSession();
    await turn(sessionId, { action: 'start:risk', messageId: 'm-1' });
    await abortAllDurableObjects();
    const traced = await traceTurnStorage(sessionId);

    const reply = await turn(sessionId, { text: 'Pilot camera system', messageId: 'm-2' });

    expect(reply.state).toBe('risk.asking');
    expect(traced.session.summary()).toEqual({
      transactions: 1,
      transactionSyncCalls: 1,
      writes: expect.any(Number),
      readsByTable: { sqlite_master: 1, session: 1, processed_message: 1 },
      duplicateReads: [],
    });
  });

  it('creates a session in one transaction, reading only which tables exist', async () => {
    const store = createDurableObjectSessionStore({
      sessions: env.SESSIONS,
      index: env.SESSION_INDEX,
      deliveries: env.DELIVERY_CLAIMS,
      retentionDays: 30,
    });
    const traced = await traceTurnStorage('new-session');
    const at = new Date().toISOString();

    await store.create(
      { id: 'new-session', createdAt: at, updatedAt: at, owner: null, data: { answers: {} } },
      { transcript: [{ role: 'assistant', text: 'Welcome' }] },
    );

    expect(traced.session.summary()).toEqual({
      transactions: 1,
      transactionSyncCalls: 1,
      writes: expect.any(Number),
      readsByTable: { sqlite_master: 1 },
      duplicateReads: [],
    });
    expect(await store.load('new-session')).toMatchObject({ id: 'new-session', revision: 0 });
  });

  it('answers a repeated message id from its record without writing anything', async () => {
    const sessionId = await newSession();
    const first = await turn(sessionId, { action: 'start:risk', messageId: 'm-1' });
    const traced = await traceTurnStorage(sessionId);

    expect(await turn(sessionId, { action: 'start:risk', messageId: 'm-1' })).toEqual(first);

    expect(traced.session.summary()).toEqual({
      transactions: 0,
      transactionSyncCalls: 0,
      writes: 0,
      readsByTable: { processed_message: 1 },
      duplicateReads: [],
    });
    expect(traced.index.summary()).toMatchObject({ transactions: 0 });
  });
});
