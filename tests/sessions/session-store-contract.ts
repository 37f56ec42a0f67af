import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import type { SessionStore, StoredSession } from '../../src/sessions/session-store.ts';
import { describeChatBindingContract } from './chat-binding-contract.ts';
import { describeDeliveryClaimContract } from './delivery-claim-contract.ts';
import { describeProcessedMessageContract } from './processed-message-contract.ts';
import { type BreakLogWrites, describeSessionLogContract } from './session-log-contract.ts';

export interface SessionStoreHarness {
  store: SessionStore;
  close?: () => void | Promise<void>;
}

export interface SessionStoreContractFeatures {
  /** How many delivery records the store holds, where it can be inspected (to prove pruning). */
  countDeliveries?: (harness: SessionStoreHarness) => Promise<number>;
  /** Makes the log writes of one session fail inside its storage, to prove a save is all or nothing. */
  breakLogWrites?: (harness: SessionStoreHarness, sessionId: string) => ReturnType<BreakLogWrites>;
}

const createdAt = '2026-01-10T09:00:00.000Z';

function reply(text: string) {
  return { messages: [{ kind: 'info', text }], state: 'menu' };
}

function newSession(id: string, overrides: Partial<Omit<StoredSession, 'revision'>> = {}) {
  return { id, createdAt, updatedAt: createdAt, owner: null, data: { answers: {} }, ...overrides };
}

/**
 * The behaviour every `SessionStore` shares (memory, SQLite, Durable Object), run by each store's
 * own test file, as hono's router/common.case.test.ts runs every router.
 */
export function runSessionStoreContract(
  name: string,
  open: () => Promise<SessionStoreHarness>,
  features: SessionStoreContractFeatures = {},
): void {
  describe(`${name}: SessionStore contract`, () => {
    let harness: SessionStoreHarness;
    let store: SessionStore;

    beforeEach(async () => {
      harness = await open();
      store = harness.store;
    });
    afterEach(async () => {
      await harness.close?.();
    });

    describeProcessedMessageContract(() => store);
    describeChatBindingContract(() => store);
    const { countDeliveries, breakLogWrites } = features;
    describeDeliveryClaimContract(() => store, countDeliveries && (() => countDeliveries(harness)));
    describeSessionLogContract(
      () => store,
      breakLogWrites && ((sessionId) => breakLogWrites(harness, sessionId)),
    );

    it('creates a session at revision 0 and loads it back', async () => {
      const created = await store.create(newSession('session-a'));
      expect(created.revision).toBe(0);
      expect(await store.load('session-a')).toEqual({ ...newSession('session-a'), revision: 0 });
    });

    it('refuses to create a second session with the same id', async () => {
      await store.create(newSession('session-a'));
      const second = store.create(newSession('session-a', { data: { other: true } }));
      await expect(second).rejects.toBeInstanceOf(AppError);
      await expect(store.create(newSession('session-a'))).rejects.toMatchObject({ code: 'conflict' });
      expect((await store.load('session-a'))?.data).toEqual({ answers: {} });
    });

    it('returns undefined for an unknown id', async () => {
      expect(await store.load('no-such-session')).toBeUndefined();
    });

    it('saves at the expected revision and keeps createdAt', async () => {
      await store.create(newSession('session-a'));
      const updatedAt = '2026-01-10T09:05:00.000Z';
      const saved = await store.save('session-a', { step: 1 }, { expectedRevision: 0, updatedAt });
      expect(saved).toEqual({ success: true, revision: 1 });
      expect(await store.load('session-a')).toMatchObject({
        revision: 1,
        createdAt,
        updatedAt,
        data: { step: 1 },
      });
      const again = await store.save('session-a', { step: 2 }, { expectedRevision: 1, updatedAt });
      expect(again).toEqual({ success: true, revision: 2 });
    });

    it('refuses a save from a stale revision and keeps the newer data', async () => {
      await store.create(newSession('session-a'));
      await store.save('session-a', { step: 1 }, { expectedRevision: 0, updatedAt: createdAt });
      const stale = await store.save(
        'session-a',
        { step: 'stale' },
        { expectedRevision: 0, updatedAt: createdAt },
      );
      expect(stale).toEqual({ success: false, reason: 'conflict', currentRevision: 1 });
      expect((await store.load('session-a'))?.data).toEqual({ step: 1 });
    });

    it('lets exactly one of two concurrent saves from the same revision win', async () => {
      await store.create(newSession('session-a'));
      const results = await Promise.all(
        ['first', 'second'].map((step) =>
          store.save('session-a', { step }, { expectedRevision: 0, updatedAt: createdAt }),
        ),
      );
      expect(results.filter((result) => result.success)).toHaveLength(1);
      expect(results.filter((result) => !result.success)).toEqual([
        { success: false, reason: 'conflict', currentRevision: 1 },
      ]);
    });

    it('reports not-found when saving an unknown id', async () => {
      const result = await store.save('no-such-session', {}, { expectedRevision: 0, updatedAt: createdAt });
      expect(result).toEqual({ success: false, reason: 'not-found' });
    });

    it('deletes a session once and forgets it', async () => {
      await store.create(newSession('session-a'));
      await store.create(newSession('session-b'));
      expect(await store.delete('session-a')).toBe(true);
      expect(await store.delete('session-a')).toBe(false);
      expect(await store.load('session-a')).toBeUndefined();
      expect(await store.save('session-a', {}, { expectedRevision: 0, updatedAt: createdAt })).toEqual({
        success: false,
        reason: 'not-found',
      });
      expect(await store.load('session-b')).toBeDefined();
      expect(await store.delete('never-existed')).toBe(false);
    });

    it('lists sessions oldest update first, filtered by updatedBefore and cut by limit', async () => {
      const times = {
        c: '2026-01-03T00:00:00.000Z',
        a: '2026-01-01T00:00:00.000Z',
        b: '2026-01-02T00:00:00.000Z',
      };
      for (const [id, updatedAt] of Object.entries(times)) {
        await store.create(newSession(id, { updatedAt, createdAt: updatedAt }));
      }
      await store.save(
        'a',
        { touched: true },
        { expectedRevision: 0, updatedAt: '2026-01-04T00:00:00.000Z' },
      );

      expect((await store.list()).map((summary) => summary.id)).toEqual(['b', 'c', 'a']);
      expect(await store.list({ limit: 2 })).toEqual([
        { id: 'b', revision: 0, updatedAt: times.b, owner: null },
        { id: 'c', revision: 0, updatedAt: times.c, owner: null },
      ]);
      const expired = await store.list({ updatedBefore: '2026-01-03T00:00:00.000Z' });
      expect(expired.map((summary) => summary.id)).toEqual(['b']);
      expect(await store.list({ updatedBefore: '2026-01-01T00:00:00.000Z' })).toEqual([]);
      expect(await store.list({ limit: 0 })).toEqual([]);
    });

    it('keeps the owner', async () => {
      const owner = { organisationId: 'agency-1', userId: 'analyst-7' };
      await store.create(newSession('owned', { owner }));
      expect((await store.load('owned'))?.owner).toEqual(owner);
      expect((await store.list())[0]?.owner).toEqual(owner);
    });

    it('round-trips JSON data exactly and hands out copies', async () => {
      const data = {
        text: 'Évaluation «risque» — 評価 😀 "quoted" \\ backslash',
        numbers: [0, -1.5, 1e21, Number.MAX_SAFE_INTEGER],
        nested: { deep: { list: [{ value: null }, { value: true }, { value: 'x' }] } },
        empty: { object: {}, array: [] },
      };
      await store.create(newSession('json', { data }));
      await store.save('json', { ...data, saved: true }, { expectedRevision: 0, updatedAt: createdAt });

      const loaded = await store.load('json');
      expect(loaded?.data).toEqual({ ...data, saved: true });
      (loaded?.data as { text: string }).text = 'changed by the caller';
      expect((await store.load('json'))?.data).toMatchObject({ text: data.text });
    });

    it('finds the reply recorded for a message id, in that session only', async () => {
      await store.create(newSession('session-a'));
      await store.create(newSession('session-b'));
      await store.save(
        'session-a',
        { step: 1 },
        {
          expectedRevision: 0,
          updatedAt: createdAt,
          processed: { messageId: 'm-1', fingerprint: '["yes",null]', reply: reply('first') },
        },
      );
      expect(await store.findProcessed('session-a', 'm-1')).toEqual({
        fingerprint: '["yes",null]',
        reply: reply('first'),
      });
      expect(await store.findProcessed('session-a', 'm-2')).toBeUndefined();
      expect(await store.findProcessed('session-b', 'm-1')).toBeUndefined();
      expect(await store.findProcessed('no-such-session', 'm-1')).toBeUndefined();
    });
  });
}
