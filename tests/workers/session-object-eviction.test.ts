import { abortAllDurableObjects, reset, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDurableObjectSessionStore } from '../../src/runtime/workers/durable-object-session-store.ts';
import type { SessionObject } from '../../src/runtime/workers/session-object.ts';
import type { ObjectState } from './object-state.ts';

const createdAt = '2026-11-01T09:00:00.000Z';
const instanceMark = Symbol('this instance');

function openStore() {
  return createDurableObjectSessionStore({
    sessions: env.SESSIONS,
    index: env.SESSION_INDEX,
    deliveries: env.DELIVERY_CLAIMS,
  });
}

function stubFor(sessionId: string) {
  return env.SESSIONS.get(env.SESSIONS.idFromName(sessionId));
}

async function isSameInstance(sessionId: string): Promise<boolean> {
  return runInDurableObject(stubFor(sessionId), (instance: SessionObject) => instanceMark in instance);
}

/**
 * "Evicted" here: `abortAllDurableObjects()` throws away every live instance and its memory, as a
 * deploy, a crash or idle eviction does; only what reached the object's SQLite storage remains.
 * The next call constructs a fresh instance that must read the session back from storage.
 */
describe('SessionObject after eviction', () => {
  beforeEach(async () => {
    await reset();
  });

  it('reads a saved session back from storage in a fresh instance', async () => {
    const store = openStore();
    const owner = { organisationId: 'agency-1', userId: 'analyst-7' };
    await store.create({ id: 'evicted-session', createdAt, updatedAt: createdAt, owner, data: { step: 0 } });
    await store.save(
      'evicted-session',
      { step: 1, answers: { 'system-name': 'Face matcher' } },
      {
        expectedRevision: 0,
        updatedAt: '2026-11-01T09:05:00.000Z',
      },
    );
    await runInDurableObject(stubFor('evicted-session'), (instance: SessionObject) => {
      Object.defineProperty(instance, instanceMark, { value: true });
    });
    expect(await isSameInstance('evicted-session')).toBe(true);

    await abortAllDurableObjects();

    const reopened = openStore();
    expect(await reopened.load('evicted-session')).toEqual({
      id: 'evicted-session',
      revision: 1,
      createdAt,
      updatedAt: '2026-11-01T09:05:00.000Z',
      owner,
      data: { step: 1, answers: { 'system-name': 'Face matcher' } },
    });
    expect(await isSameInstance('evicted-session')).toBe(false);
    expect(await reopened.list()).toEqual([
      { id: 'evicted-session', revision: 1, updatedAt: '2026-11-01T09:05:00.000Z', owner },
    ]);
  });

  it('keeps the revision check across eviction: a stale writer still conflicts', async () => {
    const store = openStore();
    await store.create({ id: 'revision-session', createdAt, updatedAt: createdAt, owner: null, data: {} });
    await store.save('revision-session', { step: 1 }, { expectedRevision: 0, updatedAt: createdAt });

    await abortAllDurableObjects();

    expect(
      await store.save('revision-session', { step: 'stale' }, { expectedRevision: 0, updatedAt: createdAt }),
    ).toEqual({ success: false, reason: 'conflict', currentRevision: 1 });
    expect(
      await store.save('revision-session', { step: 2 }, { expectedRevision: 1, updatedAt: createdAt }),
    ).toEqual({
      success: true,
      revision: 2,
    });
  });

  it('leaves no storage behind when an unknown id is probed', async () => {
    const store = openStore();
    expect(await store.load('never-created')).toBeUndefined();
    const stored = await runInDurableObject(
      stubFor('never-created'),
      (_instance: SessionObject, state: ObjectState) =>
        state.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table'").toArray(),
    );
    expect(stored).toEqual([]);
  });
});
