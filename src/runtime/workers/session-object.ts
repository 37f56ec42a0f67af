import { DurableObject } from 'cloudflare:workers';
import { z } from 'zod';
import type { SaveResult, StoredSession } from '../../sessions/session-store.ts';
import { sessionIndexName } from './session-index-object.ts';
import { type SessionRecord, sessionRecordSchema, toOwner } from './session-record.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

export type CreateRecordResult = { success: true } | { success: false; reason: 'exists' };
/** A save's result plus the owner, which the store copies into the index without another call. */
export type SaveRecordResult =
  | { success: true; revision: number; owner: StoredSession['owner'] }
  | Extract<SaveResult, { success: false }>;

const createTable = `
  CREATE TABLE IF NOT EXISTS session (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    organisation_id TEXT,
    user_id TEXT,
    data TEXT NOT NULL,
    expires_at INTEGER
  ) STRICT`;

const rowSchema = z
  .object({
    id: z.string(),
    revision: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
    organisation_id: z.string().nullable(),
    user_id: z.string().nullable(),
    data: z.string(),
    expires_at: z.number().nullable(),
  })
  .transform((row) => ({
    record: sessionRecordSchema.parse({
      id: row.id,
      revision: row.revision,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      organisationId: row.organisation_id,
      userId: row.user_id,
      dataJson: row.data,
    }),
    expiresAt: row.expires_at,
  }));

/**
 * One session, in its own SQLite-backed Durable Object (`idFromName(sessionId)`). The SQL API is
 * synchronous, so each method below runs start to finish without another request interleaving:
 * the revision check and the write are one atomic step, and workerd's output gate holds the
 * reply until the write is durable. `expiresAt` (epoch ms) arms an alarm that erases the session.
 */
export class SessionObject extends DurableObject<WorkerEnvironment> {
  async create(record: SessionRecord, expiresAt: number | null): Promise<CreateRecordResult> {
    this.ctx.storage.sql.exec(createTable);
    if (this.read() !== undefined) return { success: false, reason: 'exists' };
    this.ctx.storage.sql.exec(
      `INSERT INTO session (id, revision, created_at, updated_at, organisation_id, user_id, data, expires_at)
       VALUES (?, 0, ?, ?, ?, ?, ?, ?)`,
      record.id,
      record.createdAt,
      record.updatedAt,
      record.organisationId,
      record.userId,
      record.dataJson,
      expiresAt,
    );
    await this.armAlarm(expiresAt);
    return { success: true };
  }

  load(): SessionRecord | null {
    return this.read()?.record ?? null;
  }

  async save(
    dataJson: string,
    options: { expectedRevision: number; updatedAt: string; expiresAt: number | null },
  ): Promise<SaveRecordResult> {
    const current = this.read();
    if (current === undefined) return { success: false, reason: 'not-found' };
    if (current.record.revision !== options.expectedRevision) {
      return { success: false, reason: 'conflict', currentRevision: current.record.revision };
    }
    const revision = options.expectedRevision + 1;
    this.ctx.storage.sql.exec(
      'UPDATE session SET data = ?, updated_at = ?, revision = ?, expires_at = ?',
      dataJson,
      options.updatedAt,
      revision,
      options.expiresAt,
    );
    await this.armAlarm(options.expiresAt);
    return { success: true, revision, owner: toOwner(current.record) };
  }

  /** Erases the row, the table and any alarm; false if there was no session. */
  async erase(): Promise<boolean> {
    if (this.read() === undefined) return false;
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    return true;
  }

  /** Retention: erases the session if it was not updated before its expiry, else re-arms. */
  async alarm(): Promise<void> {
    // No save may slip in between the expiry check, the index update and the erasure.
    await this.ctx.blockConcurrencyWhile(async () => {
      const current = this.read();
      if (current === undefined || current.expiresAt === null) return;
      if (Date.now() < current.expiresAt) {
        await this.armAlarm(current.expiresAt);
        return;
      }
      // The index first: if erasing then fails, the alarm is retried and finds the row again.
      const index = this.env.SESSION_INDEX;
      await index.get(index.idFromName(sessionIndexName)).remove(current.record.id);
      await this.ctx.storage.deleteAll();
    });
  }

  private read(): { record: SessionRecord; expiresAt: number | null } | undefined {
    // Reads never create the table: probing an unknown id must not leave storage behind.
    const tables = this.ctx.storage.sql
      .exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'session'")
      .toArray();
    if (tables.length === 0) return undefined;
    const row = this.ctx.storage.sql.exec('SELECT * FROM session LIMIT 1').toArray()[0];
    return row === undefined ? undefined : rowSchema.parse(row);
  }

  private async armAlarm(expiresAt: number | null): Promise<void> {
    // Awaiting storage keeps the input gate closed, so the write above and its alarm stay one step.
    if (expiresAt === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(expiresAt);
  }
}
