import Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import type {
  SaveResult,
  SessionStore,
  SessionSummary,
  StoredSession,
} from '../../sessions/session-store.ts';

export interface SqliteSessionStore extends SessionStore {
  /** Closes the one connection; pending writes are already committed. */
  close(): void;
}

const schema = `
  CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    owner_organisation_id TEXT,
    owner_user_id TEXT,
    data TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS sessions_updated_at ON sessions (updated_at, id);
`;

const rowSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
  owner_organisation_id: z.string().nullable(),
  owner_user_id: z.string().nullable(),
  data: z.string(),
});
type Row = z.infer<typeof rowSchema>;

const unavailableMessage = 'Your answer was not saved. Please try again.';

/**
 * The Node `SessionStore`: one better-sqlite3 connection (one per process avoids WAL checkpoint
 * starvation). WAL keeps committed saves through `kill -9`; `synchronous = FULL` also through power
 * loss; `secure_delete` overwrites erased sessions so deletion is real, not just unlinked pages.
 */
export function createSqliteSessionStore(options: {
  path: string;
  /** How long a write waits for another process's lock before failing as store-unavailable. */
  busyTimeoutMs?: number;
}): SqliteSessionStore {
  const database = guard(() => openDatabase(options.path, options.busyTimeoutMs ?? 5000));
  const statements = guard(() => ({
    insert: database.prepare(
      `INSERT INTO sessions (id, revision, created_at, updated_at, owner_organisation_id, owner_user_id, data)
       VALUES (?, 0, ?, ?, ?, ?, ?)`,
    ),
    select: database.prepare('SELECT * FROM sessions WHERE id = ?'),
    update: database.prepare(
      'UPDATE sessions SET data = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND revision = ?',
    ),
    revision: database.prepare('SELECT revision FROM sessions WHERE id = ?').pluck(),
    remove: database.prepare('DELETE FROM sessions WHERE id = ?'),
    listAll: database.prepare('SELECT * FROM sessions ORDER BY updated_at, id LIMIT @limit'),
    listBefore: database.prepare(
      'SELECT * FROM sessions WHERE updated_at < @updatedBefore ORDER BY updated_at, id LIMIT @limit',
    ),
  }));

  return {
    async create(session) {
      const data = JSON.stringify(session.data ?? null);
      guard(() => {
        const owner = session.owner;
        statements.insert.run(
          session.id,
          session.createdAt,
          session.updatedAt,
          owner?.organisationId ?? null,
          owner?.userId ?? null,
          data,
        );
      });
      return { ...session, revision: 0, data: JSON.parse(data) };
    },

    async load(id) {
      const row = guard(() => statements.select.get(id));
      return row === undefined ? undefined : toStoredSession(rowSchema.parse(row));
    },

    async save(id, data, { expectedRevision, updatedAt }): Promise<SaveResult> {
      return guard(() => {
        const result = statements.update.run(JSON.stringify(data ?? null), updatedAt, id, expectedRevision);
        if (result.changes === 1) return { success: true, revision: expectedRevision + 1 };
        const current = z.number().int().optional().parse(statements.revision.get(id));
        if (current === undefined) return { success: false, reason: 'not-found' };
        return { success: false, reason: 'conflict', currentRevision: current };
      });
    },

    async delete(id) {
      return guard(() => {
        const removed = statements.remove.run(id).changes > 0;
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
        const { id, revision, updatedAt, owner } = toStoredSession(rowSchema.parse(row));
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
  database.exec(schema);
  return database;
}

function toStoredSession(row: Row): StoredSession {
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
