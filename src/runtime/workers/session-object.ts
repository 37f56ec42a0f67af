import { DurableObject } from 'cloudflare:workers';
import {
  processedMessageRetention,
  type SaveResult,
  type StoredSession,
} from '../../sessions/session-store.ts';
import { sessionIndexName } from './session-index-object.ts';
import {
  addRecordedAtColumn,
  createSessionTables,
  type LogRow,
  logRowSchema,
  type ProcessedRow,
  processedRowSchema,
  sessionRowSchema,
} from './session-object-schema.ts';
import { type SessionRecord, toOwner } from './session-record.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

export type CreateRecordResult = { success: true } | { success: false; reason: 'exists' };
/** A save's result plus the owner, which the store copies into the index without another call. */
export type SaveRecordResult =
  | { success: true; revision: number; owner: StoredSession['owner'] }
  | Extract<SaveResult, { success: false }>;

/**
 * One session, in its own SQLite-backed Durable Object (`idFromName(sessionId)`). The SQL API is
 * synchronous, so each method below runs start to finish without another request interleaving:
 * the revision check and the write are one atomic step, and workerd's output gate holds the
 * reply until the write is durable. `expiresAt` (epoch ms) arms an alarm that erases the session.
 */
export class SessionObject extends DurableObject<WorkerEnvironment> {
  /** Set once this instance has brought the tables up to date; a new instance checks again. */
  private tablesReady = false;

  async create(
    record: SessionRecord,
    expiresAt: number | null,
    initialLog: LogRow[] = [],
  ): Promise<CreateRecordResult> {
    this.ensureTables();
    if (this.read() !== undefined) return { success: false, reason: 'exists' };
    this.ctx.storage.transactionSync(() => {
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
      this.appendLog(initialLog);
    });
    await this.armAlarm(expiresAt);
    return { success: true };
  }

  load(): SessionRecord | null {
    return this.read()?.record ?? null;
  }

  /** The blob, the log entries and the processed records in one transaction, if the revision matches. */
  async save(
    dataJson: string,
    options: { expectedRevision: number; updatedAt: string; expiresAt: number | null },
    append: LogRow[] = [],
    processed: ProcessedRow[] = [],
  ): Promise<SaveRecordResult> {
    const current = this.read();
    if (current === undefined) return { success: false, reason: 'not-found' };
    if (current.record.revision !== options.expectedRevision) {
      return { success: false, reason: 'conflict', currentRevision: current.record.revision };
    }
    const revision = options.expectedRevision + 1;
    this.ensureTables();
    this.ctx.storage.transactionSync(() => {
      this.ctx.storage.sql.exec(
        'UPDATE session SET data = ?, updated_at = ?, revision = ?, expires_at = ?',
        dataJson,
        options.updatedAt,
        revision,
        options.expiresAt,
      );
      this.appendLog(append);
      if (processed.length > 0) this.recordProcessed(processed, revision);
    });
    await this.armAlarm(options.expiresAt);
    return { success: true, revision, owner: toOwner(current.record) };
  }

  /** The log in append order; null if there is no session. */
  loadLog(): LogRow[] | null {
    if (this.read() === undefined) return null;
    this.ensureTables();
    return this.ctx.storage.sql
      .exec('SELECT kind, entry FROM session_log ORDER BY sequence')
      .toArray()
      .map((row: unknown) => logRowSchema.parse(row));
  }

  findProcessed(messageId: string): Omit<ProcessedRow, 'recordedAt'> | null {
    if (this.read() === undefined) return null;
    this.ensureTables();
    const row = this.ctx.storage.sql
      .exec('SELECT fingerprint, reply FROM processed_message WHERE message_id = ?', messageId)
      .toArray()[0];
    return row === undefined ? null : { messageId, ...processedRowSchema.parse(row) };
  }

  /** Erases the session, its log, its tables and any alarm; false if there was no session. */
  async erase(): Promise<boolean> {
    if (this.read() === undefined) return false;
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.tablesReady = false;
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
      this.tablesReady = false;
    });
  }

  private read(): { record: SessionRecord; expiresAt: number | null } | undefined {
    // Reads never create the table: probing an unknown id must not leave storage behind.
    const tables = this.ctx.storage.sql
      .exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'session'")
      .toArray();
    if (tables.length === 0) return undefined;
    const row = this.ctx.storage.sql.exec('SELECT * FROM session LIMIT 1').toArray()[0];
    return row === undefined ? undefined : sessionRowSchema.parse(row);
  }

  /**
   * Creates any missing table (an object from an earlier version has only `session`). Called only
   * when the session exists or is being created, so probing an unknown id still leaves nothing.
   */
  private ensureTables(): void {
    if (this.tablesReady) return;
    this.ctx.storage.sql.exec(createSessionTables);
    const columns = this.ctx.storage.sql
      .exec("SELECT name FROM pragma_table_info('processed_message') WHERE name = 'recorded_at'")
      .toArray();
    if (columns.length === 0) this.ctx.storage.sql.exec(addRecordedAtColumn);
    this.tablesReady = true;
  }

  private appendLog(rows: LogRow[]): void {
    for (const row of rows) {
      this.ctx.storage.sql.exec('INSERT INTO session_log (kind, entry) VALUES (?, ?)', row.kind, row.entry);
    }
  }

  private recordProcessed(processed: ProcessedRow[], revision: number): void {
    for (const record of processed) {
      this.ctx.storage.sql.exec(
        `INSERT INTO processed_message (message_id, fingerprint, reply, sequence, recorded_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (message_id) DO UPDATE SET fingerprint = excluded.fingerprint,
           reply = excluded.reply, sequence = excluded.sequence, recorded_at = excluded.recorded_at`,
        record.messageId,
        record.fingerprint,
        record.reply,
        revision,
        record.recordedAt,
      );
    }
    // Records without a time (written before `recorded_at` existed) are left to the cap below.
    const recordedAt = processed[0]?.recordedAt ?? null;
    if (recordedAt !== null) {
      this.ctx.storage.sql.exec(
        'DELETE FROM processed_message WHERE recorded_at < ?',
        recordedAt - processedMessageRetention.milliseconds,
      );
    }
    // Everything at or below the (limit + 1)-th newest record goes; nothing while there are fewer.
    this.ctx.storage.sql.exec(
      `DELETE FROM processed_message WHERE sequence <= (
         SELECT sequence FROM processed_message ORDER BY sequence DESC LIMIT 1 OFFSET ?)`,
      processedMessageRetention.limit,
    );
  }

  private async armAlarm(expiresAt: number | null): Promise<void> {
    // Awaiting storage keeps the input gate closed, so the write above and its alarm stay one step.
    if (expiresAt === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(expiresAt);
  }
}
