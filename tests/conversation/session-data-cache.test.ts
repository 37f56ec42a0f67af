import { describe, expect, it } from 'vitest';
import { createEmptySessionData } from '../../src/conversation/session-data.ts';
import { createSessionDataCache } from '../../src/conversation/session-data-cache.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { SessionStore, StoredSession } from '../../src/sessions/session-store.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

/** The memory store, counting how often a loaded session's blob is read (each read is a parse and a check). */
function countingBlobReads(store: SessionStore) {
  const counter = { reads: 0 };
  const wrapped: SessionStore = {
    ...store,
    async load(id) {
      const stored = await store.load(id);
      if (stored === undefined) return undefined;
      const { id: sessionId, revision, createdAt, updatedAt, owner } = stored;
      const counted: StoredSession = {
        id: sessionId,
        revision,
        createdAt,
        updatedAt,
        owner,
        get data() {
          counter.reads += 1;
          return stored.data;
        },
      };
      return counted;
    },
  };
  return { store: wrapped, counter };
}

const row = (revision: number, updatedAt = '2026-01-01T00:00:00.000Z') => ({
  revision,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
});

describe('handleTurn', () => {
  it('takes a session it saved itself from its cache, without reading the stored blob again', async () => {
    const { store, counter } = countingBlobReads(createMemorySessionStore());
    const { assistant } = createTestAssistant({ store });
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    await send(assistant, sessionId, { text: 'Custody image matcher' });
    await send(assistant, sessionId, { action: 'nav:back' });
    expect(counter.reads).toBe(0);
  });

  it('reads and validates a row another process saved since: a corrupted one still gives the clear error', async () => {
    const { store, counter } = countingBlobReads(createMemorySessionStore());
    const { assistant } = createTestAssistant({ store });
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const current = await store.load(sessionId);
    if (current === undefined) throw new Error('the session exists');
    // Another writer (another process, an older release) saves a blob this process never saw.
    const saved = await store.save(
      sessionId,
      { schemaVersion: 2, conversation: 'not a conversation' },
      { expectedRevision: current.revision, updatedAt: '2026-02-01T00:00:00.000Z' },
    );
    expect(saved.success).toBe(true);
    const turn = await assistant.handleTurn({ sessionId, action: 'nav:back' });
    expect(turn).toMatchObject({ success: false, error: { code: 'internal' } });
    if (!turn.success) expect(turn.error.message).toBe('This session could not be read.');
    expect(counter.reads).toBe(1);
  });

  it('reads in full a session deleted and made again under the same id elsewhere', async () => {
    const store = createMemorySessionStore();
    const { assistant } = createTestAssistant({ store });
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const seen = await store.load(sessionId);
    // The other process starts over at revision 0 and saves once, at the same time: only the creation differs.
    const other = createTestAssistant({ store }).assistant;
    await store.delete(sessionId);
    await other.createSession({ sessionId, at: '2026-03-01T00:00:00.000Z' });
    const started = await other.handleTurn({ sessionId, action: 'start:readiness', at: seen?.updatedAt });
    expect(started.success).toBe(true);
    expect((await store.load(sessionId))?.revision).toBe(seen?.revision);
    const reply = await send(assistant, sessionId, { action: 'where-was-i' });
    expect(reply.state).toMatch(/^readiness\./);
  });
});

describe('createSessionDataCache', () => {
  it('matches only the same revision, creation and update time', () => {
    const cache = createSessionDataCache(10);
    const data = createEmptySessionData();
    cache.remember('a', row(3), data);
    expect(cache.find('a', row(3))).toBe(data);
    expect(cache.find('a', { ...row(3), createdAt: '2026-01-02T00:00:00.000Z' })).toBeUndefined();
    cache.remember('a', row(3), data);
    expect(cache.find('a', row(3, '2026-01-05T00:00:00.000Z'))).toBeUndefined();
    cache.remember('a', row(3), data);
    expect(cache.find('a', row(4))).toBeUndefined();
    // A mismatch drops the entry: the next load is read in full even if the row comes back.
    expect(cache.find('a', row(3))).toBeUndefined();
  });

  it('keeps at most its limit, dropping the least recently used', () => {
    const cache = createSessionDataCache(2);
    const data = createEmptySessionData();
    cache.remember('a', row(1), data);
    cache.remember('b', row(1), data);
    expect(cache.find('a', row(1))).toBe(data);
    cache.remember('c', row(1), data);
    expect(cache.find('b', row(1))).toBeUndefined();
    expect(cache.find('a', row(1))).toBe(data);
    expect(cache.find('c', row(1))).toBe(data);
    expect(createSessionDataCache(0).find('a', row(1))).toBeUndefined();
  });

  it('freezes what it keeps, so a turn cannot change the next turn’s session in place', () => {
    const cache = createSessionDataCache(1);
    const data = createEmptySessionData();
    cache.remember('a', row(1), data);
    expect(() => data.notices.push('changed in place')).toThrow(TypeError);
  });
});
