import { reset, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryClaimObject } from '../../src/runtime/workers/delivery-claim-object.ts';
import { createDurableObjectSessionStore } from '../../src/runtime/workers/durable-object-session-store.ts';
import type { ObjectState } from './object-state.ts';

const minute = 60_000;

function openStore() {
  return createDurableObjectSessionStore({
    sessions: env.SESSIONS,
    index: env.SESSION_INDEX,
    deliveries: env.DELIVERY_CLAIMS,
  });
}

function stubFor(key: string) {
  return env.DELIVERY_CLAIMS.get(env.DELIVERY_CLAIMS.idFromName(key));
}

/** The object's tables and alarm, read inside it. */
function inspect(key: string): Promise<{ tables: unknown[]; alarm: number | null }> {
  return runInDurableObject(stubFor(key), async (_instance: DeliveryClaimObject, state: ObjectState) => ({
    // workerd keeps its own `_cf_` tables beside ours.
    tables: state.storage.sql
      .exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'")
      .toArray(),
    alarm: await state.storage.getAlarm(),
  }));
}

describe('DeliveryClaimObject', () => {
  beforeEach(async () => {
    await reset();
  });

  it('erases the claim when its keep window has passed, leaving no storage behind', async () => {
    const store = openStore();
    const options = { at: new Date().toISOString(), leaseMs: 0, keepMs: 1 };
    expect(await store.claimDelivery('slack:event:Ev1', options)).toEqual({ claimed: true });

    // The alarm is due at once; workerd may already have run it: either way it has run after this.
    await runDurableObjectAlarm(stubFor('slack:event:Ev1'));
    expect(await inspect('slack:event:Ev1')).toEqual({ tables: [], alarm: null });
    expect(
      await store.claimDelivery('slack:event:Ev1', { ...options, at: new Date().toISOString() }),
    ).toEqual({
      claimed: true,
    });
  });

  it('keeps a claim whose alarm runs early and re-arms it, completed or not', async () => {
    const store = openStore();
    const before = Date.now();
    const at = new Date(before).toISOString();
    await store.claimDelivery('slack:event:Ev2', { at, leaseMs: 2 * minute, keepMs: 60 * minute });
    await store.completeDelivery('slack:event:Ev2', at);

    await runDurableObjectAlarm(stubFor('slack:event:Ev2'));
    const { tables, alarm } = await inspect('slack:event:Ev2');
    expect(tables).toEqual([{ name: 'delivery' }]);
    expect(alarm).toBeGreaterThanOrEqual(before + 60 * minute);
    expect(
      await store.claimDelivery('slack:event:Ev2', { at, leaseMs: 2 * minute, keepMs: 60 * minute }),
    ).toEqual({ claimed: false, reason: 'completed' });
  });

  it('leaves no storage for a key that was only completed, never claimed', async () => {
    await openStore().completeDelivery('never-claimed', new Date().toISOString());
    expect(await inspect('never-claimed')).toEqual({ tables: [], alarm: null });
  });
});
