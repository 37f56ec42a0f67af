import { reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createDurableObjectSessionStore } from '../../src/runtime/workers/durable-object-session-store.ts';
import { runSessionStoreContract } from '../sessions/session-store-contract.ts';

runSessionStoreContract('createDurableObjectSessionStore', async () => {
  // Every test starts from empty storage: the contract reuses ids such as `session-a`.
  await reset();
  return {
    store: createDurableObjectSessionStore({
      sessions: env.SESSIONS,
      index: env.SESSION_INDEX,
      deliveries: env.DELIVERY_CLAIMS,
    }),
  };
});
