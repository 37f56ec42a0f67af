import { DurableObject } from 'cloudflare:workers';
import {
  processedMessageRetention,
  type SaveResult,
  type StoredSession,
} from '../../sessions/session-store.ts';
import { sessionIndexName } from './session-index-object.ts';
import {
  type LogRow,
  logRowSchema,
  type ProcessedRow,
  processedRowSchema,
  sessionRowSchema,
} from './session-object-schema.ts';
import {
  currentSessionTables,
  ensureSessionTables,
  readSessionTables,
  type SessionTables,
} from './session-object-tables.ts';
import { type SessionRecord, toOwner } from './session-record.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

export type CreateRecordResult = { success: true } | { success: false; reason: 'exists' };
/** A save's result plus the owner, which the store copies into the index without another call. */
export type SaveRecordResult =
  | { success: true; revision: number; owner: StoredSession['owner'] }
  | Extract<SaveResult, { success: false }>;

type CurrentSession = { record: SessionRecord; expiresAt: number | null };

/**
 * One session, in its own SQLite-backed Durable Object (`idFromName(sessionId)`). The SQL API is
 * synchronous, so each method below runs start to finish without another request interleaving:
 * the revision check and the write are one atomic step. `expiresAt` (epoch ms) arms an alarm that
 * erases the session.
 *
 * A turn costs one storage transaction: `create` and `save` make all their writes (tables, row,
 * log, processed records, alarm) in one synchronous run, which workerd commits as one implicit
 * transaction (`transactionSync` is a savepoint inside it, rolling the statements back if one
 * throws). workerd's output gate holds every outgoing message, this method's reply included,
 * until that commit is durable; if it fails, the reply is replaced by an error and the object is
 * reset. So the Worker hears "saved" only for a durable save.
 */
export class SessionObject extends DurableObject<WorkerEnvironment> {
  /**
   * The session as this instance last read or wrote it. The object is the only writer of its
   * storage and runs one event at a time, so while the instance lives this copy is what storage
   * holds: the access check, the turn and its save all use it without reading the row again. A
   * failed commit resets the object and eviction starts a new instance: both lose this copy
   * with the instance, and the next call reads storage.
   */
  private current: CurrentSession | undefined;
  /** Which tables exist, read once per instance (undefined: not read yet). */
  private tables: SessionTables | undefined;

  async create(
    record: SessionRecord,
    expiresAt: number | null,
    initialLog: LogRow[] = [],
  ): Promise<CreateRecordResult> {
    if (this.read() !== undefined) return { success: false, reason: 'exists' };
    const created: SessionRecord = {
      id: record.id,
      revision: 0,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      organisationId: record.organisationId,
      userId: record.userId,
      dataJson: record.dataJson,
    };
    await this.write({ record: created, expiresAt }, undefined, () => {
      this.ctx.storage.sql.exec(
        `INSERT INTO session (id, revision, created_at, updated_at, organisation_id, user_id, data, expires_at)
         VALUES (?, 0, ?, ?, ?, ?, ?, ?)`,
        created.id,
        created.createdAt,
        created.updatedAt,
        created.organisationId,
        created.userId,
        created.dataJson,
        expiresAt,
      );
      this.appendLog(initialLog);
    });
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
    const record = { ...current.record, revision, updatedAt: options.updatedAt, dataJson };
    await this.write({ record, expiresAt: options.expiresAt }, current, () => {
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
    return { success: true, revision, owner: toOwner(record) };
  }

  /** The log in append order; null if there is no session. */
  loadLog(): LogRow[] | null {
    if (this.read() === undefined) return null;
    if (!this.readTables().log) return [];
    return this.ctx.storage.sql
      .exec('SELECT kind, entry FROM session_log ORDER BY sequence')
      .toArray()
      .map((row: unknown) => logRowSchema.parse(row));
  }

  findProcessed(messageId: string): Omit<ProcessedRow, 'recordedAt'> | null {
    if (this.read() === undefined || !this.readTables().processed) return null;
    const row = this.ctx.storage.sql
      .exec('SELECT fingerprint, reply FROM processed_message WHERE message_id = ?', messageId)
      .toArray()[0];
    return row === undefined ? null : { messageId, ...processedRowSchema.parse(row) };
  }

  /** Erases the session, its log, its tables and any alarm; false if there was no session. */
  async erase(): Promise<boolean> {
    if (this.read() === undefined) return false;
    this.forget();
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
        await this.ctx.storage.setAlarm(current.expiresAt);
        return;
      }
      // The index first: if erasing then fails, the alarm is retried and finds the row again.
      const index = this.env.SESSION_INDEX;
      await index.get(index.idFromName(sessionIndexName)).remove(current.record.id);
      this.forget();
      await this.ctx.storage.deleteAll();
    });
  }

  private read(): CurrentSession | undefined {
    if (this.current !== undefined) return this.current;
    if (!this.readTables().session) return undefined;
    const row = this.ctx.storage.sql.exec('SELECT * FROM session LIMIT 1').toArray()[0];
    this.current = row === undefined ? undefined : sessionRowSchema.parse(row);
    return this.current;
  }

  private readTables(): SessionTables {
    this.tables ??= readSessionTables(this.ctx.storage.sql);
    return this.tables;
  }

  /**
   * One turn's writes as one storage transaction (see the class comment): the missing tables,
   * the statements and the alarm, with no `await` before the last of them. The copy in memory
   * changes only once the statements have run, so a write that throws leaves it as it was.
   */
  private async write(
    next: CurrentSession,
    previous: CurrentSession | undefined,
    statements: () => void,
  ): Promise<void> {
    const tables = this.readTables();
    this.ctx.storage.transactionSync(() => {
      ensureSessionTables(this.ctx.storage.sql, tables);
      statements();
    });
    this.tables = currentSessionTables;
    this.current = next;
    // An unchanged expiry has its alarm already: the alarm re-arms itself while the row lives.
    if (previous !== undefined && previous.expiresAt === next.expiresAt) return;
    if (next.expiresAt === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(next.expiresAt);
  }

  /** The next call reads storage again (after an erasure, or before one that might fail). */
  private forget(): void {
    this.current = undefined;
    this.tables = undefined;
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
}
