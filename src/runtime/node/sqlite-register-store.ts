import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import type { RegisterSaveResult, RegisterStore } from '../../register/register-store.ts';
import type { RegisterAuditEntry, RegisterDocument } from '../../register/system-record-schema.ts';
import type { GroupCommitQueue } from './group-commit-queue.ts';
import type { SqliteSessionGuard } from './sqlite-session-guard.ts';
import { registerRowSchema } from './sqlite-session-schema.ts';

const retryMessage = 'The change to the register was not saved. Please try again.';
const replacedMessage =
  'The change to the register was not saved: RAIA cannot write to its storage. Please tell your administrator; trying again will not help until it is fixed.';
const readMessage = 'RAIA could not read the register just now. Please try again.';

/** A save as the database takes it: serialised when the caller hands it over, written in its batch. */
interface SerializedRegisterSave {
  dataJson: string;
  expectedRevision: number;
  updatedAt: string;
  audit: Array<{ systemId: string | null; at: string; entryJson: string }>;
}

const revisionSchema = z.number().int().optional();
const entriesSchema = z.array(z.string());

/**
 * The Node `RegisterStore`, on the session store's own connection and group commit (see
 * `SqliteSessionStore.registerStore`): one database file, one set of durability rules (WAL,
 * `synchronous = FULL`), and no write outside a queued batch, so a register change and a turn
 * are ordered and made durable alike and a save resolves only once its batch has committed.
 * A save is one savepoint of its batch: the revision check, the document and its audit entries
 * commit or roll back together. The guard's file check covers these writes too: once the file
 * was replaced they are refused like the sessions'.
 */
export function createSqliteRegisterStore(options: {
  database: Database.Database;
  guard: SqliteSessionGuard;
  queue: GroupCommitQueue;
}): RegisterStore {
  const { database, guard, queue } = options;
  const statements = {
    select: database.prepare('SELECT revision, updated_at, data FROM registers WHERE organisation_id = ?'),
    revision: database.prepare('SELECT revision FROM registers WHERE organisation_id = ?').pluck(),
    insert: database.prepare(
      'INSERT INTO registers (organisation_id, revision, updated_at, data) VALUES (?, 1, ?, ?)',
    ),
    update: database.prepare(
      'UPDATE registers SET revision = revision + 1, updated_at = ?, data = ? WHERE organisation_id = ?',
    ),
    insertAudit: database.prepare(
      'INSERT INTO register_audit (organisation_id, system_id, at, entry) VALUES (?, ?, ?, ?)',
    ),
    selectAudit: database
      .prepare('SELECT entry FROM register_audit WHERE organisation_id = ? ORDER BY sequence')
      .pluck(),
    selectSystemAudit: database
      .prepare(
        'SELECT entry FROM register_audit WHERE organisation_id = ? AND system_id = ? ORDER BY sequence',
      )
      .pluck(),
  };

  /** Runs inside a batch's savepoint, after the writes queued before it. */
  function write(organisationId: string, save: SerializedRegisterSave): RegisterSaveResult {
    const currentRevision = revisionSchema.parse(statements.revision.get(organisationId)) ?? 0;
    if (currentRevision !== save.expectedRevision) {
      return { success: false, reason: 'conflict', currentRevision };
    }
    if (currentRevision === 0) statements.insert.run(organisationId, save.updatedAt, save.dataJson);
    else statements.update.run(save.updatedAt, save.dataJson, organisationId);
    for (const row of save.audit) {
      statements.insertAudit.run(organisationId, row.systemId, row.at, row.entryJson);
    }
    return { success: true, revision: currentRevision + 1 };
  }

  /** As the session store's writes: refused at once once the file was replaced, outcomes recorded for `/healthz`. */
  function enqueueWrite<T>(operation: () => T): Promise<T> {
    try {
      guard.assertWritable();
    } catch (error) {
      return Promise.reject(registerFailure(error));
    }
    return queue.enqueue(operation).then(
      (value) => {
        guard.succeeded();
        return value;
      },
      (error: unknown) => {
        throw registerFailure(guard.failed(error));
      },
    );
  }

  /** The guard's error in the register's words; whether retrying can help is what the guard decided. */
  function registerFailure(error: unknown): unknown {
    if (!(error instanceof AppError) || error.code !== 'store-unavailable') return error;
    const message = refusesWrites() ? replacedMessage : retryMessage;
    return new AppError('store-unavailable', message, { cause: error });
  }

  function refusesWrites(): boolean {
    try {
      guard.assertWritable();
      return false;
    } catch (error) {
      if (error instanceof AppError) return true;
      throw error;
    }
  }

  return {
    async load(organisationId) {
      const row = read(() => statements.select.get(organisationId));
      if (row === undefined) return undefined;
      const { revision, updated_at: updatedAt, data } = registerRowSchema.parse(row);
      return { organisationId, revision, updatedAt, data: JSON.parse(data) as unknown };
    },

    async save(organisationId, data, saveOptions) {
      let save: SerializedRegisterSave;
      try {
        save = serializeRegisterSave(data, saveOptions);
      } catch (error) {
        throw registerFailure(guard.failed(error));
      }
      return enqueueWrite(() => write(organisationId, save));
    },

    async loadAudit(organisationId, auditOptions = {}) {
      const { systemId } = auditOptions;
      const rows = read(() =>
        systemId === undefined
          ? statements.selectAudit.all(organisationId)
          : statements.selectSystemAudit.all(organisationId, systemId),
      );
      return entriesSchema.parse(rows).map((entry): unknown => JSON.parse(entry));
    },
  };
}

/** Throws for a value JSON cannot hold, before anything is queued. */
function serializeRegisterSave(
  data: RegisterDocument,
  options: { expectedRevision: number; updatedAt: string; audit: readonly RegisterAuditEntry[] },
): SerializedRegisterSave {
  return {
    dataJson: JSON.stringify(data),
    expectedRevision: options.expectedRevision,
    updatedAt: options.updatedAt,
    audit: options.audit.map((entry) => ({
      systemId: entry.systemId,
      at: entry.at,
      entryJson: JSON.stringify(entry),
    })),
  };
}

/** Reads go on after a write fault (exports still work); their own failure is worth a retry. */
function read<T>(operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    throw new AppError('store-unavailable', readMessage, { cause: error });
  }
}
