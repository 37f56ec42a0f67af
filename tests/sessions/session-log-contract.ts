import { expect, it } from 'vitest';
import type { SessionStore } from '../../src/sessions/session-store.ts';

const createdAt = '2026-01-10T09:00:00.000Z';

function reply(text: string) {
  return { messages: [{ kind: 'info', text }], state: 'menu' };
}

function newSession(id: string) {
  return { id, createdAt, updatedAt: createdAt, owner: null, data: { answers: {} } };
}

/**
 * Makes every log write of one session fail, as a full disk would, until the returned repair runs.
 * Each store injects the fault into its own storage; the contract only asks that it can be done.
 */
export type BreakLogWrites = (sessionId: string) => Promise<() => Promise<void>>;

/**
 * The session log (transcript and audit entries appended with each save) and its erasure, run
 * inside every store's contract suite: the log changes with the blob or not at all.
 */
export function describeSessionLogContract(
  getStore: () => SessionStore,
  breakLogWrites?: BreakLogWrites,
): void {
  it('appends log entries atomically with the blob and returns them in append order', async () => {
    await getStore().create(newSession('session-a'), { transcript: [{ turn: 0 }] });
    await getStore().create(newSession('session-b'));
    expect(await getStore().loadLog('session-b')).toEqual({ transcript: [], audit: [] });

    const first = await getStore().save(
      'session-a',
      { step: 1 },
      {
        expectedRevision: 0,
        updatedAt: createdAt,
        append: { transcript: [{ turn: 1 }, { turn: 2, text: 'Évaluation 😀' }], audit: [{ event: 'a' }] },
      },
    );
    expect(first).toEqual({ success: true, revision: 1 });
    await getStore().save(
      'session-a',
      { step: 2 },
      { expectedRevision: 1, updatedAt: createdAt, append: {} },
    );
    await getStore().save(
      'session-a',
      { step: 3 },
      { expectedRevision: 2, updatedAt: createdAt, append: { audit: [{ event: 'b' }] } },
    );

    expect(await getStore().loadLog('session-a')).toEqual({
      transcript: [{ turn: 0 }, { turn: 1 }, { turn: 2, text: 'Évaluation 😀' }],
      audit: [{ event: 'a' }, { event: 'b' }],
    });
    expect(await getStore().loadLog('session-b')).toEqual({ transcript: [], audit: [] });
    expect(await getStore().loadLog('no-such-session')).toBeUndefined();
  });

  it('appends nothing and records nothing from a conflicting or unknown save', async () => {
    await getStore().create(newSession('session-a'));
    await getStore().save('session-a', { step: 1 }, { expectedRevision: 0, updatedAt: createdAt });
    const stale = await getStore().save(
      'session-a',
      { step: 'stale' },
      {
        expectedRevision: 0,
        updatedAt: createdAt,
        append: { transcript: [{ stale: true }], audit: [{ stale: true }] },
        processed: { messageId: 'm-stale', fingerprint: 'f', reply: reply('stale') },
      },
    );
    expect(stale).toEqual({ success: false, reason: 'conflict', currentRevision: 1 });
    expect(await getStore().loadLog('session-a')).toEqual({ transcript: [], audit: [] });
    expect(await getStore().findProcessed('session-a', 'm-stale')).toBeUndefined();

    const unknown = await getStore().save(
      'no-such-session',
      {},
      {
        expectedRevision: 0,
        updatedAt: createdAt,
        append: { transcript: [{ orphan: true }] },
        processed: { messageId: 'm-orphan', fingerprint: 'f', reply: reply('orphan') },
      },
    );
    expect(unknown).toEqual({ success: false, reason: 'not-found' });
    expect(await getStore().loadLog('no-such-session')).toBeUndefined();
    expect(await getStore().findProcessed('no-such-session', 'm-orphan')).toBeUndefined();
  });

  it('erases the log and the processed messages with the session', async () => {
    await getStore().create(newSession('session-a'), { transcript: [{ turn: 0 }] });
    await getStore().create(newSession('session-b'), { transcript: [{ kept: true }] });
    await getStore().save(
      'session-a',
      { step: 1 },
      {
        expectedRevision: 0,
        updatedAt: createdAt,
        append: { transcript: [{ turn: 1 }], audit: [{ event: 'a' }] },
        processed: { messageId: 'm-1', fingerprint: 'f', reply: reply('gone') },
      },
    );
    expect(await getStore().delete('session-a')).toBe(true);
    expect(await getStore().loadLog('session-a')).toBeUndefined();
    expect(await getStore().findProcessed('session-a', 'm-1')).toBeUndefined();

    // A new session under the same id starts with nothing of the old one.
    await getStore().create(newSession('session-a'));
    expect(await getStore().loadLog('session-a')).toEqual({ transcript: [], audit: [] });
    expect(await getStore().findProcessed('session-a', 'm-1')).toBeUndefined();
    expect(await getStore().loadLog('session-b')).toEqual({ transcript: [{ kept: true }], audit: [] });
  });

  it('changes nothing when a save holds a value JSON cannot', async () => {
    await getStore().create(newSession('session-a'));
    const saving = getStore().save(
      'session-a',
      { step: 1 },
      { expectedRevision: 0, updatedAt: createdAt, append: { audit: [{ size: 1n }] } },
    );
    await expect(saving).rejects.toThrow();
    expect(await getStore().load('session-a')).toMatchObject({ revision: 0, data: { answers: {} } });
    expect(await getStore().loadLog('session-a')).toEqual({ transcript: [], audit: [] });
  });

  it('rolls the blob back when writing the log fails inside the save', async (context) => {
    if (breakLogWrites === undefined) {
      context.skip('no storage fault can be injected into this store: see its test file');
      return;
    }
    await getStore().create(newSession('atomic'));
    const repair = await breakLogWrites('atomic');
    const saving = getStore().save(
      'atomic',
      { step: 1 },
      {
        expectedRevision: 0,
        updatedAt: createdAt,
        append: { transcript: [{ turn: 1 }] },
        processed: { messageId: 'm-1', fingerprint: 'f', reply: reply('lost') },
      },
    );
    await expect(saving).rejects.toMatchObject({ code: 'store-unavailable' });
    await repair();

    expect(await getStore().load('atomic')).toMatchObject({ revision: 0, data: { answers: {} } });
    expect(await getStore().loadLog('atomic')).toEqual({ transcript: [], audit: [] });
    expect(await getStore().findProcessed('atomic', 'm-1')).toBeUndefined();
  });
}
