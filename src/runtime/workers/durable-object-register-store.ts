import { AppError } from '../../app-error.ts';
import type { RegisterSaveResult, RegisterStore } from '../../register/register-store.ts';
import type { RegisterAuditRow, RegisterRecord } from './register-object.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

const saveMessage = 'The change to the register was not saved. Please try again.';
const readMessage = 'RAIA could not read the register just now. Please try again.';

/**
 * The Workers `RegisterStore`: each organisation's register is its own Durable Object
 * (`idFromName(organisationId)`, see register-object.ts), which orders its saves and writes the
 * document and the audit entries in one storage transaction. One object per organisation keeps
 * organisations apart and never makes one wait for another's changes; a register of tens of
 * systems is a few tens of kilobytes, far inside what one object's row and one RPC call carry.
 */
export function createDurableObjectRegisterStore(options: {
  registers: WorkerEnvironment['REGISTERS'];
}): RegisterStore {
  const { registers } = options;
  const register = (organisationId: string) => registers.get(registers.idFromName(organisationId));

  return {
    async load(organisationId) {
      const record = await guard<RegisterRecord | null>(readMessage, () => register(organisationId).load());
      if (record === null) return undefined;
      const { revision, updatedAt, dataJson } = record;
      return { organisationId, revision, updatedAt, data: JSON.parse(dataJson) as unknown };
    },

    async save(organisationId, data, { expectedRevision, updatedAt, audit }) {
      // Serialised here: a value JSON cannot hold fails before the object is even called.
      const dataJson = JSON.stringify(data);
      const rows: RegisterAuditRow[] = audit.map((entry) => ({
        systemId: entry.systemId,
        at: entry.at,
        entryJson: JSON.stringify(entry),
      }));
      // Rpc stubs type a union result as a union of promises: name the result type once here.
      return guard<RegisterSaveResult>(saveMessage, () =>
        register(organisationId).save(dataJson, { expectedRevision, updatedAt }, rows),
      );
    },

    async loadAudit(organisationId, auditOptions = {}) {
      const entries = await guard<string[]>(readMessage, () =>
        register(organisationId).loadAudit(auditOptions.systemId ?? null),
      );
      return entries.map((entry): unknown => JSON.parse(entry));
    },
  };
}

/**
 * A Durable Object call that throws (object overloaded, reset by a deploy, storage failure) means
 * the save may not have happened; the user can retry, and the revision check keeps that safe.
 */
async function guard<T>(message: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new AppError('store-unavailable', message, { cause: error });
  }
}
