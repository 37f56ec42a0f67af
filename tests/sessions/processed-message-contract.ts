import { expect, it } from 'vitest';
import { processedMessageRetention, type SessionStore } from '../../src/sessions/session-store.ts';

const start = Date.parse('2026-01-10T09:00:00.000Z');
const hour = 60 * 60 * 1000;

function reply(text: string) {
  return { messages: [{ kind: 'info', text }], state: 'menu' };
}

/**
 * How long `SessionStore` keeps processed-message records (`processedMessageRetention`), run
 * inside every store's contract suite.
 */
export function describeProcessedMessageContract(getStore: () => SessionStore): void {
  /** Saves turns `first`..`first + count - 1`, each with a record, `spacingMs` apart from `at`. */
  async function saveTurns(options: { first: number; count: number; at: number; spacingMs: number }) {
    for (let offset = 0; offset < options.count; offset += 1) {
      const index = options.first + offset;
      const updatedAt = new Date(options.at + offset * options.spacingMs).toISOString();
      const processed = { messageId: `m-${index}`, fingerprint: `f-${index}`, reply: reply(`${index}`) };
      const expectedRevision = (await getStore().load('session-a'))?.revision ?? -1;
      const saved = await getStore().save('session-a', { index }, { expectedRevision, updatedAt, processed });
      expect(saved).toEqual({ success: true, revision: expectedRevision + 1 });
    }
  }

  async function kept(count: number): Promise<number[]> {
    const found = await Promise.all(
      Array.from({ length: count }, (_, index) => getStore().findProcessed('session-a', `m-${index}`)),
    );
    return found.flatMap((entry, index) => (entry === undefined ? [] : [index]));
  }

  async function createSession() {
    const createdAt = new Date(start).toISOString();
    await getStore().create({ id: 'session-a', createdAt, updatedAt: createdAt, owner: null, data: {} });
  }

  it('still answers a message id 70 turns old from its record, within the retention window', async () => {
    await createSession();
    await saveTurns({ first: 0, count: 70, at: start, spacingMs: 60_000 });
    expect(await getStore().findProcessed('session-a', 'm-0')).toEqual({
      fingerprint: 'f-0',
      reply: reply('0'),
    });
    expect(await kept(70)).toHaveLength(70);
  });

  it('prunes records older than the retention window when a later record is saved', async () => {
    await createSession();
    const window = processedMessageRetention.milliseconds;
    await saveTurns({ first: 0, count: 3, at: start, spacingMs: 1 });
    await saveTurns({ first: 3, count: 1, at: start + 12 * hour, spacingMs: 0 });
    // A save without a record prunes nothing.
    const later = new Date(start + window + hour).toISOString();
    await getStore().save('session-a', {}, { expectedRevision: 4, updatedAt: later });
    expect(await kept(4)).toEqual([0, 1, 2, 3]);

    await saveTurns({ first: 4, count: 1, at: start + window + 1, spacingMs: 0 });
    // Turn 0 is now one millisecond past the window and goes; turn 1, exactly at its edge, stays.
    expect(await kept(5)).toEqual([1, 2, 3, 4]);
    await saveTurns({ first: 5, count: 1, at: start + 12 * hour + window, spacingMs: 0 });
    expect(await kept(6)).toEqual([3, 4, 5]);
  });

  it('records every message a save carries (a version-1 blob moving its inline records out)', async () => {
    await createSession();
    const updatedAt = new Date(start).toISOString();
    const processed = ['m-0', 'm-1', 'm-2'].map((messageId, index) => ({
      messageId,
      fingerprint: `f-${index}`,
      reply: reply(`${index}`),
    }));
    expect(await getStore().save('session-a', {}, { expectedRevision: 0, updatedAt, processed })).toEqual({
      success: true,
      revision: 1,
    });
    expect(await kept(3)).toEqual([0, 1, 2]);
    expect(await getStore().findProcessed('session-a', 'm-2')).toEqual({
      fingerprint: 'f-2',
      reply: reply('2'),
    });
  });

  it(`keeps at most the newest ${processedMessageRetention.limit} records of a session`, async () => {
    await createSession();
    const count = processedMessageRetention.limit + 5;
    await saveTurns({ first: 0, count, at: start, spacingMs: 10 });
    const expected = Array.from({ length: processedMessageRetention.limit }, (_, index) => index + 5);
    expect(await kept(count)).toEqual(expected);
  });
}
