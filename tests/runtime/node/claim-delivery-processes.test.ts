import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const claimSchema = z.union([
  z.object({ claimed: z.literal(true) }),
  z.object({ claimed: z.literal(false), reason: z.enum(['completed', 'in-progress']) }),
]);

/** A process with its own connection; `go()` makes it claim and resolves with the outcome. */
function startClaimant(path: string, key: string, at: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/runtime/node/claim-delivery-child.ts', path, key, at],
    { cwd: repositoryRoot, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let output = '';
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const complete = output.split('\n');
    output = complete.pop() ?? '';
    lines.push(...complete);
    for (const wake of waiters.splice(0)) wake();
  });
  const nextLine = async (index: number): Promise<string> => {
    while (lines[index] === undefined) await new Promise<void>((resolve) => waiters.push(resolve));
    return lines[index];
  };
  return {
    child,
    ready: nextLine(0),
    /** Tells it to claim; resolves once it is about to (it may then wait for the write lock). */
    go: async () => {
      child.stdin.write('go\n');
      await nextLine(1);
    },
    outcome: async () => claimSchema.parse(JSON.parse(await nextLine(2))),
  };
}

describe('createSqliteSessionStore claimDelivery across processes', () => {
  let directory = '';
  const children: Array<ReturnType<typeof startClaimant>['child']> = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it('gives exactly one of several processes claiming one key at once the claim', async () => {
    directory = mkdtempSync(join(tmpdir(), 'raia-claims-'));
    const path = join(directory, 'raia.db');
    const at = '2026-01-10T09:00:00.000Z';
    const claimants = Array.from({ length: 4 }, () => startClaimant(path, 'slack:event:Ev1', at));
    children.push(...claimants.map((claimant) => claimant.child));
    // Every process has its connection open before any of them claims ...
    await Promise.all(claimants.map((claimant) => claimant.ready));
    // ... and all of them claim while this connection holds the write lock, so they contend for
    // it together when it is released.
    const holder = new Database(path);
    holder.exec('BEGIN IMMEDIATE');
    await Promise.all(claimants.map((claimant) => claimant.go()));
    holder.exec('ROLLBACK');
    holder.close();
    const claims = await Promise.all(claimants.map((claimant) => claimant.outcome()));
    expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
    expect(claims.filter((claim) => !claim.claimed)).toEqual(
      Array.from({ length: 3 }, () => ({ claimed: false, reason: 'in-progress' })),
    );
  }, 30_000);
});
