import { DurableObject } from 'cloudflare:workers';
import { z } from 'zod';
import type { SessionSummary } from '../../sessions/session-store.ts';
import { toOwner } from './session-record.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

/** The one index object's name in the SESSION_INDEX namespace. */
export const sessionIndexName = 'session-index';

const createTable = `
  CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    organisation_id TEXT,
    user_id TEXT
  ) STRICT;
  CREATE INDEX IF NOT EXISTS sessions_updated_at ON sessions (updated_at, id);
  CREATE TABLE IF NOT EXISTS chat_sessions (
    key TEXT PRIMARY KEY,
    session_id TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS chat_sessions_session_id ON chat_sessions (session_id)`;

const boundSchema = z.object({ session_id: z.string() });

const rowSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  updated_at: z.string(),
  organisation_id: z.string().nullable(),
  user_id: z.string().nullable(),
});

/**
 * Which sessions exist and when each was last updated, so `SessionStore.list` can answer without
 * visiting every session object, and which session a client's own chat id names (the chat
 * bindings, keyed by a hash of the chat id and the caller). It holds no answers. One object
 * serialises every create, save and delete: plenty for one agency, and the place to shard if that
 * ever stops being true.
 */
export class SessionIndexObject extends DurableObject<WorkerEnvironment> {
  /** Set once this instance has created the tables; a new instance checks again. */
  private tablesReady = false;

  /** Records a session's latest summary; an older revision arriving late never wins. */
  record(summary: SessionSummary): void {
    this.sql().exec(
      `INSERT INTO sessions (id, revision, updated_at, organisation_id, user_id) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, updated_at = excluded.updated_at,
         organisation_id = excluded.organisation_id, user_id = excluded.user_id
       WHERE excluded.revision >= sessions.revision`,
      summary.id,
      summary.revision,
      summary.updatedAt,
      summary.owner?.organisationId ?? null,
      summary.owner?.userId ?? null,
    );
  }

  /** Also drops the session's chat bindings: the session's alarm and `delete` both end here. */
  remove(id: string): void {
    this.ctx.storage.transactionSync(() => {
      this.sql().exec('DELETE FROM sessions WHERE id = ?', id);
      this.sql().exec('DELETE FROM chat_sessions WHERE session_id = ?', id);
    });
  }

  /** `SessionStore.bindChatSession`: synchronous SQL, so the check and the insert are one step. */
  bindChatSession(key: string, sessionId: string): string {
    this.sql().exec(
      'INSERT INTO chat_sessions (key, session_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
      key,
      sessionId,
    );
    return boundSchema.parse(this.sql().exec('SELECT session_id FROM chat_sessions WHERE key = ?', key).one())
      .session_id;
  }

  /** Oldest update first, as the `SessionStore` contract asks. */
  list(options: { updatedBefore?: string | undefined; limit?: number | undefined }): SessionSummary[] {
    // SQLite reads a negative LIMIT as "no limit".
    const limit = options.limit ?? -1;
    const cursor =
      options.updatedBefore === undefined
        ? this.sql().exec('SELECT * FROM sessions ORDER BY updated_at, id LIMIT ?', limit)
        : this.sql().exec(
            'SELECT * FROM sessions WHERE updated_at < ? ORDER BY updated_at, id LIMIT ?',
            options.updatedBefore,
            limit,
          );
    return cursor.toArray().map((row: unknown) => {
      const parsed = rowSchema.parse(row);
      const owner = toOwner({ organisationId: parsed.organisation_id, userId: parsed.user_id });
      return { id: parsed.id, revision: parsed.revision, updatedAt: parsed.updated_at, owner };
    });
  }

  /** The object's SQL, its tables created before this instance's first statement. */
  private sql() {
    const sql = this.ctx.storage.sql;
    if (!this.tablesReady) {
      sql.exec(createTable);
      this.tablesReady = true;
    }
    return sql;
  }
}
