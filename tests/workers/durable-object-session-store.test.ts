import { reset, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createDurableObjectSessionStore } from '../../src/runtime/workers/durable-object-session-store.ts';
import type { SessionObject } from '../../src/runtime/workers/session-object.ts';
import { runSessionStoreContract } from '../sessions/session-store-contract.ts';
import { failLogInsertsSql, repairLogInsertsSql } from '../sessions/sqlite-log-fault.ts';
import type { ObjectState } from './object-state.ts';

/** Runs SQL in the storage of the object that holds `sessionId` (one object, one database, per session). */
async function runSql(sessionId: string, query: string): Promise<void> {
  const stub = env.SESSIONS.get(env.SESSIONS.idFromName(sessionId));
  await runInDurableObject(stub, (_instance: SessionObject, state: ObjectState) => {
    state.storage.sql.exec(query).toArray();
  });
}

runSessionStoreContract(
  'createDurableObjectSessionStore',
  async () => {
    // Every test starts from empty storage: the contract reuses ids such as `session-a`.
    await reset();
    return {
      store: createDurableObjectSessionStore({
        sessions: env.SESSIONS,
        index: env.SESSION_INDEX,
        deliveries: env.DELIVERY_CLAIMS,
      }),
    };
  },
  {
    breakLogWrites: async (_harness, sessionId) => {
      await runSql(sessionId, failLogInsertsSql);
      return () => runSql(sessionId, repairLogInsertsSql);
    },
  },
);
