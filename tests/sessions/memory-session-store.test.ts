import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { runSessionStoreContract } from './session-store-contract.ts';

runSessionStoreContract('createMemorySessionStore', async () => ({ store: createMemorySessionStore() }));
