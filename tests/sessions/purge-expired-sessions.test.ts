import { describe, expect, it } from 'vitest';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { purgeExpiredSessions } from '../../src/sessions/purge-expired-sessions.ts';

describe('purgeExpiredSessions', () => {
  it('erases only sessions idle for longer than the retention period, across batches', async () => {
    const store = createMemorySessionStore();
    const now = new Date('2026-06-01T00:00:00.000Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    for (let index = 0; index < 5; index += 1) {
      const at = daysAgo(91 + index);
      await store.create({ id: `old-${index}`, createdAt: at, updatedAt: at, owner: null, data: {} });
    }
    await store.create({
      id: 'recent',
      createdAt: daysAgo(89),
      updatedAt: daysAgo(89),
      owner: null,
      data: {},
    });
    await store.create({
      id: 'revived',
      createdAt: daysAgo(200),
      updatedAt: daysAgo(200),
      owner: null,
      data: {},
    });
    await store.save('revived', { touched: true }, { expectedRevision: 0, updatedAt: daysAgo(1) });

    expect(await purgeExpiredSessions(store, { retentionDays: 90, now, batchSize: 2 })).toBe(5);
    expect((await store.list()).map((session) => session.id).sort()).toEqual(['recent', 'revived']);
    expect(await purgeExpiredSessions(store, { retentionDays: 90, now })).toBe(0);
  });

  it('keeps the agency records (a system assessment, a signed one) even when they are oldest', async () => {
    const store = createMemorySessionStore();
    const now = new Date('2026-06-01T00:00:00.000Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    const create = (id: string, days: number, data: unknown) =>
      store.create({ id, createdAt: daysAgo(days), updatedAt: daysAgo(days), owner: null, data });
    // Three kept sessions at the front of the list, with a batch of two: the purge must get past them.
    await create('system-1', 400, { systemId: 'face-match' });
    await create('system-2', 399, { systemId: 'face-match' });
    await create('signed', 398, { signOffs: { readiness: { decision: 'approved' } } });
    await create('draft', 100, { signOffs: {} });
    await create('plain', 95, {});

    expect(await purgeExpiredSessions(store, { retentionDays: 90, now, batchSize: 2 })).toBe(2);
    expect((await store.list()).map((session) => session.id).sort()).toEqual([
      'signed',
      'system-1',
      'system-2',
    ]);
  });
});
