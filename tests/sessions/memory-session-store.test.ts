import type { DeliveryRecord } from '../../src/sessions/decide-delivery-claim.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { runSessionStoreContract } from './session-store-contract.ts';

const deliveriesOf = new WeakMap<object, Map<string, DeliveryRecord>>();

runSessionStoreContract(
  'createMemorySessionStore',
  async () => {
    const deliveries = new Map<string, DeliveryRecord>();
    const store = createMemorySessionStore({ deliveries });
    deliveriesOf.set(store, deliveries);
    return { store };
  },
  // No `breakLogWrites`: the memory store serialises the blob, the log entries and the reply before
  // it changes anything, and nothing after that can fail. Its one failure, a value JSON cannot
  // hold, is the contract's "changes nothing when a save holds a value JSON cannot".
  { countDeliveries: async (harness) => deliveriesOf.get(harness.store)?.size ?? Number.NaN },
);
