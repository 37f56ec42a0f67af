import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteSessionStore } from '../../../src/runtime/node/sqlite-session-store.ts';
import { failAuditInsertsSql, repairAuditInsertsSql } from '../../register/register-audit-fault.ts';
import { registerStoreContract } from '../../register/register-store-contract.ts';
import { registered, registeredAt, registerOf } from '../../register/register-store-fixtures.ts';

const databasePaths = new WeakMap<object, string>();

registerStoreContract(
  'createSqliteSessionStore().registerStore',
  async () => {
    const directory = mkdtempSync(join(tmpdir(), 'raia-register-'));
    const path = join(directory, 'raia.db');
    const sessions = createSqliteSessionStore({ path });
    databasePaths.set(sessions.registerStore, path);
    return {
      store: sessions.registerStore,
      close: () => {
        sessions.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  },
  {
    // The whole file shares one audit table: the fault reaches every organisation.
    breakAuditWrites: async (harness) => {
      const saboteur = new Database(databasePaths.get(harness.store) ?? '');
      saboteur.exec(failAuditInsertsSql);
      return async () => {
        saboteur.exec(repairAuditInsertsSql);
        saboteur.close();
      };
    },
  },
);

describe('createSqliteSessionStore().registerStore', () => {
  let directory: string;
  let path: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'raia-register-'));
    path = join(directory, 'raia.db');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const options = { expectedRevision: 0, updatedAt: registeredAt, audit: [registered('system-matcher')] };

  it('keeps a saved register and its audit trail after the file is closed and opened again', async () => {
    const first = createSqliteSessionStore({ path });
    expect(await first.registerStore.save('agency-1', registerOf('matcher'), options)).toEqual({
      success: true,
      revision: 1,
    });
    first.close();

    const second = createSqliteSessionStore({ path });
    expect(await second.registerStore.load('agency-1')).toEqual({
      organisationId: 'agency-1',
      revision: 1,
      updatedAt: registeredAt,
      data: registerOf('matcher'),
    });
    expect(await second.registerStore.loadAudit('agency-1')).toEqual([registered('system-matcher')]);
    expect(
      await second.registerStore.save('agency-1', registerOf('matcher', 'triage'), {
        ...options,
        expectedRevision: 1,
      }),
    ).toEqual({ success: true, revision: 2 });
    second.close();
  });

  it('adds the register tables to a database file written before they existed', async () => {
    const session = { id: 'kept', createdAt: registeredAt, updatedAt: registeredAt, owner: null, data: {} };
    const before = createSqliteSessionStore({ path });
    await before.create(session);
    before.close();
    const older = new Database(path);
    older.exec('DROP TABLE registers; DROP TABLE register_audit;');
    older.close();

    const after = createSqliteSessionStore({ path });
    expect(await after.load('kept')).toMatchObject({ id: 'kept', revision: 0 });
    expect(await after.registerStore.save('agency-1', registerOf('matcher'), options)).toEqual({
      success: true,
      revision: 1,
    });
    expect(await after.registerStore.loadAudit('agency-1')).toEqual([registered('system-matcher')]);
    after.close();
  });

  it('writes a register change in the same group commit as the turns, resolving only once it committed', async () => {
    const flushes: Array<() => void> = [];
    const store = createSqliteSessionStore({ path, scheduleFlush: (flush) => flushes.push(flush) });
    const session = { id: 'turn', createdAt: registeredAt, updatedAt: registeredAt, owner: null, data: {} };
    const created = store.create(session);
    flushes.shift()?.();
    await created;
    const transactionsBefore = store.stats().transactions;

    const settled: string[] = [];
    const turn = store
      .save('turn', { step: 1 }, { expectedRevision: 0, updatedAt: registeredAt })
      .then(() => settled.push('turn'));
    const change = store.registerStore
      .save('agency-1', registerOf('matcher'), options)
      .then(() => settled.push('register'));
    // Queued behind the turn, in the one batch the held flush will write.
    expect(store.stats().pending).toBe(2);
    await Promise.resolve();
    expect(settled).toEqual([]);
    // Not even readable before its batch ran: nothing was written outside the queue.
    expect(await store.registerStore.load('agency-1')).toBeUndefined();

    expect(flushes).toHaveLength(1);
    flushes.shift()?.();
    await Promise.all([turn, change]);
    expect(settled).toEqual(['turn', 'register']);
    expect(store.stats().transactions - transactionsBefore).toBe(1);
    expect(await store.registerStore.load('agency-1')).toMatchObject({ revision: 1 });
    store.close();
  });

  it('refuses register changes once the database file was deleted, saying retrying will not help', async () => {
    const store = createSqliteSessionStore({ path });
    await store.registerStore.save('agency-1', registerOf('matcher'), options);
    unlinkSync(path);

    const refused = {
      code: 'store-unavailable',
      userMessage:
        'The change to the register was not saved: RAIA cannot write to its storage. Please tell your administrator; trying again will not help until it is fixed.',
    };
    const next = { ...options, expectedRevision: 1 };
    // The first is caught by the file check before its batch commits, the next before it is queued.
    await expect(store.registerStore.save('agency-1', registerOf('triage'), next)).rejects.toMatchObject(
      refused,
    );
    await expect(store.registerStore.save('agency-1', registerOf('triage'), next)).rejects.toMatchObject(
      refused,
    );
    // The sessions stop with it: the one guard covers the whole file.
    expect(store.health()).toMatchObject({ ready: false, transient: false });
    // Reads go on, so what was saved can still be exported.
    expect(await store.registerStore.load('agency-1')).toMatchObject({ revision: 1 });
    store.close();
  });
});
