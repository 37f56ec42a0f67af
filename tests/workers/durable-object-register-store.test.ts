import { reset, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDurableObjectRegisterStore } from '../../src/runtime/workers/durable-object-register-store.ts';
import type { RegisterObject } from '../../src/runtime/workers/register-object.ts';
import { failAuditInsertsSql, repairAuditInsertsSql } from '../register/register-audit-fault.ts';
import { registerStoreContract } from '../register/register-store-contract.ts';
import { changed, registered, registeredAt, registerOf } from '../register/register-store-fixtures.ts';
import type { ObjectState } from './object-state.ts';
import { type StorageTrace, traceStorage } from './storage-trace.ts';

function stubFor(organisationId: string) {
  return env.REGISTERS.get(env.REGISTERS.idFromName(organisationId));
}

/** Runs SQL in the storage of the organisation's register object (one object, one database, each). */
async function runSql(organisationId: string, query: string): Promise<void> {
  await runInDurableObject(stubFor(organisationId), (_instance: RegisterObject, state: ObjectState) => {
    state.storage.sql.exec(query).toArray();
  });
}

function openStore() {
  return createDurableObjectRegisterStore({ registers: env.REGISTERS });
}

registerStoreContract(
  'createDurableObjectRegisterStore',
  async () => {
    // Every test starts from empty storage: the contract reuses organisation ids.
    await reset();
    return { store: openStore() };
  },
  {
    breakAuditWrites: async (_harness, organisationId) => {
      await runSql(organisationId, failAuditInsertsSql);
      return () => runSql(organisationId, repairAuditInsertsSql);
    },
  },
);

describe('RegisterObject', () => {
  beforeEach(async () => {
    await reset();
  });

  it('writes the document and its audit entries in one storage transaction per save', async () => {
    const store = openStore();
    const audit = [registered('system-matcher')];
    await store.save('agency-1', registerOf('matcher'), {
      expectedRevision: 0,
      updatedAt: registeredAt,
      audit,
    });
    let trace: StorageTrace | undefined;
    await runInDurableObject(stubFor('agency-1'), (instance: RegisterObject) => {
      trace = traceStorage(instance);
    });

    const saved = await store.save('agency-1', registerOf('matcher', 'triage'), {
      expectedRevision: 1,
      updatedAt: registeredAt,
      audit: [registered('system-triage'), changed('system-matcher', ['owner'])],
    });

    expect(saved).toEqual({ success: true, revision: 2 });
    // The document and both entries, in one transaction, after one read of the revision.
    expect(trace?.summary()).toEqual({
      transactions: 1,
      transactionSyncCalls: 1,
      writes: 3,
      readsByTable: { register: 1 },
      duplicateReads: [],
    });
  });

  it('leaves no storage behind for an organisation that was only read', async () => {
    const store = openStore();
    expect(await store.load('agency-never')).toBeUndefined();
    expect(await store.loadAudit('agency-never')).toEqual([]);
    const tables = await runInDurableObject(
      stubFor('agency-never'),
      (_instance: RegisterObject, state: ObjectState) =>
        state.storage.sql
          .exec(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'",
          )
          .toArray(),
    );
    expect(tables).toEqual([]);
  });
});
