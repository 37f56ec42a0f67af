import Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { type SerializedLogEntry, serializeLogAppend } from '../../sessions/serialize-log-append.ts';
import {
  processedMessageLimit,
  type SaveResult,
  type SessionLog,
  type SessionStore,
  type SessionSummary,
  type StoredSession,
} from '../../sessions/session-store.ts';
import {
  logRowSchema,
  processedRowSchema,
  type SessionRow,
  sessionRowSchema,
  sqliteSessionSchema,
} from './sqlite-session-schema.ts';
import { prepareSessionStatements } from './sqlite-session-statements.ts';

export interface SqliteSessionStore extends SessionStore {
  /** Closes the one connection; pending writes are already committed. */
  close(): void;
}

const unavailableMessage = 'Your answer was not saved. Please try again.';

/**
 * The Node `SessionStore`: one better-sqlite3 connection (one per process avoids WAL checkpoint
 * starvation). WAL keeps committed saves through `kill -9`; `synchronous = FULL` also through power
 * loss; `secure_delete` overwrites erased sessions so deletion is real, not just unlinked pages.
 * A save is one transaction over the blob, its log entries and its processed record.
 */
export function createSqliteSessionStore(options: {
  path: string;
  /** How long a write waits for another process's lock before failing as store-unavailable. */
  busyTimeoutMs?: number;
}): SqliteSessionStore {
  const database = guard(() => openDatabase(options.path, options.busyTimeoutMs ?? 5000));
  const statements = guard(() => prepareSessionStatements(database));

  function appendLog(id: string, rows: SerializedLogEntry[]): void {
    if (rows.length === 0) return;
    let sequence = z.number().int().parse(statements.lastSequence.get(id));
    for (const row of rows) {
      sequence += 1;
      statements.insertLog.run(id, sequence, row.kind, row.entry);
    }
  }

  // Writes run `.immediate()`: the write lock is taken up front, so a busy database fails at BEGIN.
  const createTransaction = database.transaction(
    (session: Omit<StoredSession, 'revision'>, dataJson: string, rows: SerializedLogEntry[]) => {
      statements.insert.run(
        session.id,
        session.createdAt,
        session.updatedAt,
        session.owner?.organisationId ?? null,
        session.owner?.userId ?? null,
        dataJson,
      );
      appendLog(session.id, rows);
    },
  );

  const saveTransaction = database.transaction(
    (
      id: string,
      dataJson: string,
      { expectedRevision, updatedAt }: { expectedRevision: number; updatedAt: string },
      rows: SerializedLogEntry[],
      processed: { messageId: string; fingerprint: string; reply: string } | undefined,
    ): SaveResult => {
      const updated = statements.update.run(dataJson, updatedAt, id, expectedRevision);
      if (updated.changes !== 1) {
        const current = z.number().int().optional().parse(statements.revision.get(id));
        if (current === undefined) return { success: false, reason: 'not-found' };
        return { success: false, reason: 'conflict', currentRevision: current };
      }
      const revision = expectedRevision + 1;
      appendLog(id, rows);
      if (processed !== undefined) {
        statements.upsertProcessed.run({ sessionId: id, ...processed, sequence: revision });
        statements.pruneProcessed.run({ sessionId: id, keep: processedMessageLimit });
      }
      return { success: true, revision };
    },
  );

  const deleteTransaction = database.transaction((id: string): boolean => {
    statements.removeLog.run(id);
    statements.removeProcessed.run(id);
    return statements.remove.run(id).changes > 0;
  });

  const readLogTransaction = database.transaction((id: string): SessionLog | undefined => {
    if (statements.revision.get(id) === undefined) return undefined;
    const log: SessionLog = { transcript: [], audit: [] };
    for (const row of statements.selectLog.all(id)) {
      const { kind, entry } = logRowSchema.parse(row);
      log[kind].push(JSON.parse(entry));
    }
    return log;
  });

  return {
    async create(session, initialLog) {
      const data = JSON.stringify(session.data ?? null);
      const rows = serializeLogAppend(initialLog);
      guard(() => createTransaction.immediate(session, data, rows));
      return { ...session, revision: 0, data: JSON.parse(data) };
    },

    async load(id) {
      const row = guard(() => statements.select.get(id));
      return row === undefined ? undefined : toStoredSession(sessionRowSchema.parse(row));
    },

    async save(id, data, saveOptions): Promise<SaveResult> {
      return guard(() => {
        const dataJson = JSON.stringify(data ?? null);
        const rows = serializeLogAppend(saveOptions.append);
        const processed = saveOptions.processed && {
          messageId: saveOptions.processed.messageId,
          fingerprint: saveOptions.processed.fingerprint,
          reply: JSON.stringify(saveOptions.processed.reply ?? null),
        };
        return saveTransaction.immediate(id, dataJson, saveOptions, rows, processed);
      });
    },

    async loadLog(id) {
      // Deferred: a read transaction, so the existence check and the rows share one snapshot.
      return guard(() => readLogTransaction.deferred(id));
    },

    async findProcessed(id, messageId) {
      const row = guard(() => statements.selectProcessed.get(id, messageId));
      if (row === undefined) return undefined;
      const { fingerprint, reply } = processedRowSchema.parse(row);
      return { fingerprint, reply: JSON.parse(reply) as unknown };
    },

    async delete(id) {
      return guard(() => {
        const removed = deleteTransaction.immediate(id);
        // The WAL still holds the old pages until a checkpoint: fold it back and truncate it
        // so the erased answers leave the disk now, not at some later automatic checkpoint.
        if (removed) database.pragma('wal_checkpoint(TRUNCATE)');
        return removed;
      });
    },

    async list(listOptions = {}): Promise<SessionSummary[]> {
      const { updatedBefore, limit } = listOptions;
      // SQLite reads a negative LIMIT as "no limit".
      const rows = guard(() =>
        updatedBefore === undefined
          ? statements.listAll.all({ limit: limit ?? -1 })
          : statements.listBefore.all({ limit: limit ?? -1, updatedBefore }),
      );
      return rows.map((row) => {
        const { id, revision, updatedAt, owner } = toStoredSession(sessionRowSchema.parse(row));
        return { id, revision, updatedAt, owner };
      });
    },

    close() {
      database.close();
    },
  };
}

function openDatabase(path: string, busyTimeoutMs: number): Database.Database {
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('secure_delete = ON');
  // Another process (a retention job, the CLI) may briefly hold the write lock.
  database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  database.exec(sqliteSessionSchema);
  return database;
}

function toStoredSession(row: SessionRow): StoredSession {
  const owner =
    row.owner_organisation_id === null || row.owner_user_id === null
      ? null
      : { organisationId: row.owner_organisation_id, userId: row.owner_user_id };
  const data: unknown = JSON.parse(row.data);
  return {
    id: row.id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    owner,
    data,
  };
}

/**
 * Runs a database call. A duplicate id is a conflict; any other failure (SQLITE_BUSY, SQLITE_FULL,
 * I/O errors, a closed connection) means nothing was saved, which the user can retry.
 */
function guard<T>(operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      throw new AppError('conflict', 'A session with that id already exists.', { cause: error });
    }
    throw new AppError('store-unavailable', unavailableMessage, { cause: error });
  }
}
