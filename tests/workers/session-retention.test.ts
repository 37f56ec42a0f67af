import { reset, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDurableObjectSessionStore } from '../../src/runtime/workers/durable-object-session-store.ts';
import type { SessionObject } from '../../src/runtime/workers/session-object.ts';
import type { ObjectState } from './object-state.ts';

const dayMilliseconds = 24 * 60 * 60 * 1000;
const retentionDays = 30;

function daysAgo(days: number): string {
  return new Date(Date.now() - days * dayMilliseconds).toISOString();
}

function openStore(options: { retentionDays?: number } = { retentionDays }) {
  return createDurableObjectSessionStore({
    sessions: env.SESSIONS,
    index: env.SESSION_INDEX,
    deliveries: env.DELIVERY_CLAIMS,
    ...options,
  });
}

function stubFor(sessionId: string) {
  return env.SESSIONS.get(env.SESSIONS.idFromName(sessionId));
}

function scheduledAlarm(sessionId: string): Promise<number | null> {
  return runInDurableObject(stubFor(sessionId), (_instance: SessionObject, state: ObjectState) =>
    state.storage.getAlarm(),
  );
}

function newSession(id: string, updatedAt: string) {
  return { id, createdAt: updatedAt, updatedAt, owner: null, data: { answers: {} } };
}

const initialLog = { transcript: [{ role: 'assistant', text: 'Welcome' }] };

function newSessionWithLog(id: string, updatedAt: string) {
  return [newSession(id, updatedAt), initialLog] as const;
}

describe('SessionObject retention alarm', () => {
  beforeEach(async () => {
    await reset();
  });

  it('keeps an assessment of a registered system: no alarm, and once registered its alarm goes', async () => {
    const store = openStore();
    const at = daysAgo(retentionDays + 10);
    await store.create({ ...newSession('registered', at), data: { systemId: 'face-match' } });
    expect(await scheduledAlarm('registered')).toBeNull();
    await runDurableObjectAlarm(stubFor('registered'));
    expect(await store.load('registered')).toBeDefined();

    await store.create(newSession('later-registered', daysAgo(1)));
    expect(await scheduledAlarm('later-registered')).not.toBeNull();
    await store.save(
      'later-registered',
      { systemId: 'face-match' },
      { expectedRevision: 0, updatedAt: daysAgo(1) },
    );
    expect(await scheduledAlarm('later-registered')).toBeNull();
  });

  it('erases a session not updated for RAIA_RETENTION_DAYS, and its index entry', async () => {
    const store = openStore();
    await store.create(...newSessionWithLog('expired', daysAgo(retentionDays + 10)));
    await store.create(newSession('recent', daysAgo(1)));

    // The alarm is already due, so workerd may have run it; either way it has run after this.
    await runDurableObjectAlarm(stubFor('expired'));

    expect(await store.load('expired')).toBeUndefined();
    expect(await store.loadLog('expired')).toBeUndefined();
    expect((await store.list()).map((summary) => summary.id)).toEqual(['recent']);
    expect(await scheduledAlarm('expired')).toBeNull();
  });

  it('erases the chat bindings of a session it erases', async () => {
    const store = openStore();
    // Created recent, so its alarm is not due before the binding exists; the save then backdates
    // it past retention, which makes the alarm due (workerd may run it at once, or the call below).
    await store.create(newSession('expired', daysAgo(1)));
    await store.bindChatSession('chat:expired', 'expired');
    await store.save('expired', null, { expectedRevision: 0, updatedAt: daysAgo(retentionDays + 10) });

    await runDurableObjectAlarm(stubFor('expired'));
    expect(await store.load('expired')).toBeUndefined();

    expect(await store.bindChatSession('chat:expired', 'fresh')).toBe('fresh');
  });

  it('keeps a session whose alarm runs early, and re-arms it for its expiry', async () => {
    const store = openStore();
    const updatedAt = daysAgo(1);
    await store.create(newSession('early', updatedAt));
    const expiry = Date.parse(updatedAt) + retentionDays * dayMilliseconds;
    expect(await scheduledAlarm('early')).toBe(expiry);

    expect(await runDurableObjectAlarm(stubFor('early'))).toBe(true);

    expect(await store.load('early')).toMatchObject({ id: 'early', revision: 0 });
    expect(await scheduledAlarm('early')).toBe(expiry);
  });

  it('moves the expiry forward on every save', async () => {
    const store = openStore();
    await store.create(newSession('active', daysAgo(20)));
    const updatedAt = daysAgo(0);
    await store.save('active', { answers: { touched: true } }, { expectedRevision: 0, updatedAt });
    expect(await scheduledAlarm('active')).toBe(Date.parse(updatedAt) + retentionDays * dayMilliseconds);
  });

  it('sets no alarm when no retention period is configured, and clears it on delete', async () => {
    const keeping = openStore({});
    await keeping.create(newSession('kept', daysAgo(400)));
    expect(await scheduledAlarm('kept')).toBeNull();

    const store = openStore();
    await store.create(newSession('deleted', daysAgo(1)));
    expect(await store.delete('deleted')).toBe(true);
    expect(await scheduledAlarm('deleted')).toBeNull();
  });
});
