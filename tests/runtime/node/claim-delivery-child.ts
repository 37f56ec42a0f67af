// One process of the cross-process claim test: opens the store, says "ready", claims the key
// when told "go" on stdin (saying "claiming" first), prints the outcome as JSON and exits.
import { createInterface } from 'node:readline';
import { createSqliteSessionStore } from '../../../src/runtime/node/sqlite-session-store.ts';

const [path, key, at] = process.argv.slice(2);
if (path === undefined || key === undefined || at === undefined) throw new Error('usage: path key at');
const store = createSqliteSessionStore({ path });
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line !== 'go') continue;
  // Pipes are written synchronously on Linux: the test reads this before the claim can start.
  process.stdout.write('claiming\n');
  const claim = await store.claimDelivery(key, { at, leaseMs: 120_000, keepMs: 3_600_000 });
  process.stdout.write(`${JSON.stringify(claim)}\n`);
  store.close();
  process.exit(0);
}
