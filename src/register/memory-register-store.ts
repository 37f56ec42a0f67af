import type { RegisterSaveResult, RegisterStore } from './register-store.ts';

/** One organisation's register as held: the document and each audit entry kept as JSON text. */
type MemoryRegister = {
  revision: number;
  updatedAt: string;
  data: string;
  audit: Array<{ systemId: string | null; entry: string }>;
};

/**
 * A `RegisterStore` held in memory: tests, demos and single-process use without persistence.
 * Everything is kept as JSON text, as the SQLite and Durable Object stores keep it, so a caller
 * never shares an object with the store (a document changed after its save, or a loaded one
 * changed by its reader, leaves the stored register as it was) and a value JSON cannot hold fails
 * the save before anything changes.
 */
export function createMemoryRegisterStore(): RegisterStore {
  const registers = new Map<string, MemoryRegister>();

  return {
    async load(organisationId) {
      const register = registers.get(organisationId);
      if (register === undefined) return undefined;
      const { revision, updatedAt, data } = register;
      return { organisationId, revision, updatedAt, data: JSON.parse(data) as unknown };
    },

    async save(organisationId, data, options): Promise<RegisterSaveResult> {
      const stored = registers.get(organisationId);
      const currentRevision = stored?.revision ?? 0;
      if (currentRevision !== options.expectedRevision) {
        return { success: false, reason: 'conflict', currentRevision };
      }
      // Serialised before anything changes: a throw here leaves the document and the trail as they were.
      const dataJson = toJson(data);
      const appended = options.audit.map((entry) => ({ systemId: entry.systemId, entry: toJson(entry) }));
      const revision = currentRevision + 1;
      registers.set(organisationId, {
        revision,
        updatedAt: options.updatedAt,
        data: dataJson,
        audit: [...(stored?.audit ?? []), ...appended],
      });
      return { success: true, revision };
    },

    async loadAudit(organisationId, options = {}) {
      const { systemId } = options;
      return (registers.get(organisationId)?.audit ?? [])
        .filter((row) => systemId === undefined || row.systemId === systemId)
        .map((row): unknown => JSON.parse(row.entry));
    },
  };
}

function toJson(value: unknown): string {
  const json = JSON.stringify(value ?? null);
  if (json === undefined) throw new TypeError('The register cannot be stored as JSON.');
  return json;
}
