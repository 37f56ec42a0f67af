import { DurableObject } from 'cloudflare:workers';
import { z } from 'zod';
import type { RegisterSaveResult } from '../../register/register-store.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

/**
 * The object's tables; it holds one organisation's register, so no table needs its id.
 * - `register`: the one row with the document, rewritten on every save.
 * - `register_audit`: the audit entries, written once, in rowid (append) order; nothing deletes
 *   them, so rowids only grow. `system_id` is copied out of the entry for the per-system trail.
 */
const createTables = `
  CREATE TABLE IF NOT EXISTS register (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS register_audit (
    sequence INTEGER PRIMARY KEY,
    system_id TEXT,
    at TEXT NOT NULL,
    entry TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS register_audit_system ON register_audit (system_id)`;

const registerRowSchema = z.object({ revision: z.number().int(), updated_at: z.string(), data: z.string() });
const entryRowSchema = z.object({ entry: z.string() });

/** The register as it crosses the RPC boundary: the document as JSON text, as the SQLite store keeps it. */
export interface RegisterRecord {
  revision: number;
  updatedAt: string;
  dataJson: string;
}

/** One audit entry as it crosses the RPC boundary. */
export interface RegisterAuditRow {
  systemId: string | null;
  at: string;
  entryJson: string;
}

/**
 * One organisation's register of AI systems, in its own SQLite-backed Durable Object
 * (`idFromName(organisationId)`). Every method is synchronous, so none interleaves with another
 * request: the revision check and the write are one atomic step, and of concurrent saves from
 * one revision exactly one wins. A save's statements (the tables if missing, the document, its
 * audit entries) run in one `transactionSync`, inside the one implicit transaction workerd
 * commits at the end of the run; the output gate holds the reply until that commit is durable,
 * so the Worker hears "saved" only for a durable save, and a statement that throws rolls back
 * the document with the entries.
 */
export class RegisterObject extends DurableObject<WorkerEnvironment> {
  /** Set once this instance knows the tables exist; a fresh instance looks again. */
  private tablesExist = false;

  /** The register, or null if nothing was ever saved here. */
  load(): RegisterRecord | null {
    return this.readRegister() ?? null;
  }

  save(
    dataJson: string,
    options: { expectedRevision: number; updatedAt: string },
    audit: RegisterAuditRow[],
  ): RegisterSaveResult {
    const currentRevision = this.readRegister()?.revision ?? 0;
    if (currentRevision !== options.expectedRevision) {
      return { success: false, reason: 'conflict', currentRevision };
    }
    const revision = currentRevision + 1;
    const { sql } = this.ctx.storage;
    this.ctx.storage.transactionSync(() => {
      if (!this.tablesExist) sql.exec(createTables);
      sql.exec(
        `INSERT INTO register (id, revision, updated_at, data) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, updated_at = excluded.updated_at,
           data = excluded.data`,
        revision,
        options.updatedAt,
        dataJson,
      );
      for (const row of audit) {
        sql.exec(
          'INSERT INTO register_audit (system_id, at, entry) VALUES (?, ?, ?)',
          row.systemId,
          row.at,
          row.entryJson,
        );
      }
    });
    // Only now: a rolled-back transaction took the tables it created with it.
    this.tablesExist = true;
    return { success: true, revision };
  }

  /** The audit entries' JSON in append order; `systemId` keeps only that system's. */
  loadAudit(systemId: string | null): string[] {
    if (!this.hasTables()) return [];
    const { sql } = this.ctx.storage;
    const rows =
      systemId === null
        ? sql.exec('SELECT entry FROM register_audit ORDER BY sequence')
        : sql.exec('SELECT entry FROM register_audit WHERE system_id = ? ORDER BY sequence', systemId);
    return rows.toArray().map((row: unknown) => entryRowSchema.parse(row).entry);
  }

  private readRegister(): RegisterRecord | undefined {
    if (!this.hasTables()) return undefined;
    const row = this.ctx.storage.sql.exec('SELECT revision, updated_at, data FROM register').toArray()[0];
    if (row === undefined) return undefined;
    const { revision, updated_at: updatedAt, data } = registerRowSchema.parse(row);
    return { revision, updatedAt, dataJson: data };
  }

  /** Reads never create the tables: looking up an organisation with no register leaves no storage behind. */
  private hasTables(): boolean {
    if (this.tablesExist) return true;
    const found = this.ctx.storage.sql
      .exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'register'")
      .toArray();
    this.tablesExist = found.length > 0;
    return this.tablesExist;
  }
}
