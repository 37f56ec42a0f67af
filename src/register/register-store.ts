import type { RegisterAuditEntry, RegisterDocument } from './system-record-schema.ts';

/**
 * Where each organisation's register lives: one document per organisation plus its append-only
 * audit trail. Memory (tests, no-disk use), SQLite (Node) and one Durable Object per organisation
 * (Workers) pass the same contract suite, tests/register/register-store-contract.ts.
 *
 * Like SessionStore, the store treats the document and the entries as opaque JSON: the register
 * service validates them with the zod schemas on load (rows written by another version included).
 */
export interface StoredRegister {
  organisationId: string;
  /** 0 before the first save; increases by one on every successful save. */
  revision: number;
  updatedAt: string;
  data: unknown;
}

export type RegisterSaveResult =
  | { success: true; revision: number }
  | { success: false; reason: 'conflict'; currentRevision: number };

export interface RegisterStore {
  /** The organisation's register, or undefined if nothing was ever saved for it. */
  load(organisationId: string): Promise<StoredRegister | undefined>;
  /**
   * Saves only if the stored revision equals `expectedRevision` (0: none stored yet, so the first
   * save creates it). The document and the audit entries are written atomically, all or nothing,
   * and durably before this resolves.
   */
  save(
    organisationId: string,
    data: RegisterDocument,
    options: { expectedRevision: number; updatedAt: string; audit: readonly RegisterAuditEntry[] },
  ): Promise<RegisterSaveResult>;
  /** The audit trail in append order, optionally only one system's entries. */
  loadAudit(organisationId: string, options?: { systemId?: string }): Promise<unknown[]>;
}
