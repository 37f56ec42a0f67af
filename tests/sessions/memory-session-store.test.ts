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
  { countDeliveries: async (harness) => deliveriesOf.get(harness.store)?.size ?? Number.NaN },
);
