import { expect, it } from 'vitest';
import type { SessionStore } from '../../src/sessions/session-store.ts';

const start = Date.parse('2026-01-10T09:00:00.000Z');
const minute = 60_000;
const lease = { leaseMs: 2 * minute, keepMs: 60 * minute };

/** ISO time `minutes` (fractions allowed) after the contract's start. */
export function minutesLater(minutes: number): string {
  return new Date(start + minutes * minute).toISOString();
}

/**
 * `SessionStore.claimDelivery` / `completeDelivery`, run inside every store's contract suite.
 * `countDeliveries` (where the store can be inspected) proves expired records are pruned.
 */
export function describeDeliveryClaimContract(
  getStore: () => SessionStore,
  countDeliveries: (() => Promise<number>) | undefined,
): void {
  const claim = (key: string, minutes: number, options = lease) =>
    getStore().claimDelivery(key, { at: minutesLater(minutes), ...options });

  it('claims a delivery once; a second claim while it runs is in progress; keys are independent', async () => {
    expect(await claim('slack:event:Ev1', 0)).toEqual({ claimed: true });
    expect(await claim('slack:event:Ev1', 0.5)).toEqual({ claimed: false, reason: 'in-progress' });
    expect(await claim('slack:event:Ev2', 0.5)).toEqual({ claimed: true });
  });

  it('gives exactly one of many concurrent claims of one key', async () => {
    const claims = await Promise.all(Array.from({ length: 12 }, () => claim('slack:event:Ev1', 0)));
    expect(claims.filter((result) => result.claimed)).toHaveLength(1);
    expect(claims.filter((result) => !result.claimed)).toEqual(
      Array.from({ length: 11 }, () => ({ claimed: false, reason: 'in-progress' })),
    );
  });

  it('refuses a completed delivery until its keep window has passed since completion', async () => {
    expect(await claim('replay:abc', 0)).toEqual({ claimed: true });
    await getStore().completeDelivery('replay:abc', minutesLater(1));
    // Past the lease: a completed delivery is never taken over.
    expect(await claim('replay:abc', 5)).toEqual({ claimed: false, reason: 'completed' });
    expect(await claim('replay:abc', 60.5)).toEqual({ claimed: false, reason: 'completed' });
    expect(await claim('replay:abc', 61)).toEqual({ claimed: true });
    expect(await claim('replay:abc', 61.5)).toEqual({ claimed: false, reason: 'in-progress' });
  });

  it('lets an unfinished claim be taken over once its lease has run out (its owner died)', async () => {
    expect(await claim('slack:event:Ev1', 0)).toEqual({ claimed: true });
    expect(await claim('slack:event:Ev1', 1.9)).toEqual({ claimed: false, reason: 'in-progress' });
    expect(await claim('slack:event:Ev1', 2)).toEqual({ claimed: true });
    // The new owner holds a fresh lease.
    expect(await claim('slack:event:Ev1', 3.9)).toEqual({ claimed: false, reason: 'in-progress' });
    await getStore().completeDelivery('slack:event:Ev1', minutesLater(4));
    expect(await claim('slack:event:Ev1', 10)).toEqual({ claimed: false, reason: 'completed' });
  });

  it('keeps an unfinished claim at least for its lease, even with a shorter keep window', async () => {
    const options = { leaseMs: 10 * minute, keepMs: minute };
    expect(await claim('mattermost:nonce:n1', 0, options)).toEqual({ claimed: true });
    expect(await claim('mattermost:nonce:n1', 5, options)).toEqual({ claimed: false, reason: 'in-progress' });
  });

  it('ignores completing a delivery that was never claimed or has expired', async () => {
    await getStore().completeDelivery('never-claimed', minutesLater(0));
    expect(await claim('never-claimed', 1)).toEqual({ claimed: true });
    expect(await claim('expired', 0)).toEqual({ claimed: true });
    await getStore().completeDelivery('expired', minutesLater(61));
    expect(await claim('expired', 61.5)).toEqual({ claimed: true });
  });

  it('does not tie a delivery to a session: erasing sessions leaves claims alone', async () => {
    expect(await claim('slack:command:sig', 0)).toEqual({ claimed: true });
    expect(await getStore().delete('slack:command:sig')).toBe(false);
    expect(await claim('slack:command:sig', 1)).toEqual({ claimed: false, reason: 'in-progress' });
  });

  if (countDeliveries !== undefined) {
    it('prunes delivery records past their keep window, so they cannot pile up', async () => {
      for (let index = 0; index < 20; index += 1) await claim(`old-${index}`, index / 10);
      await getStore().completeDelivery('old-0', minutesLater(1));
      expect(await countDeliveries()).toBe(20);
      // 62 minutes on: every old record has expired and the next claim clears them out.
      await claim('new', 62);
      expect(await countDeliveries()).toBe(1);
    });
  }
}
