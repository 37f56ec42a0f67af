import { createMemoryRegisterStore } from '../../src/register/memory-register-store.ts';
import { registerStoreContract } from './register-store-contract.ts';

// No `breakAuditWrites`: the memory store serialises the document and the entries before it
// changes anything, and nothing after that can fail. Its one failure, a value JSON cannot hold,
// is the contract's "changes nothing when an audit entry holds a value JSON cannot".
registerStoreContract('createMemoryRegisterStore', async () => ({ store: createMemoryRegisterStore() }));
