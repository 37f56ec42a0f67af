import { z } from 'zod';
import { type SerializedLogEntry, serializeLogAppend } from '../../sessions/serialize-log-append.ts';
import {
  processedMessageRetention,
  processedRecordsOf,
  type SaveResult,
  type SessionLog,
  type SessionStore,
  type SessionSummary,
  type StoredSession,
} from '../../sessions/session-store.ts';
import { createSqliteChatBindings } from './sqlite-session-chat-bindings.ts';
import { createSqliteDeliveryClaims } from './sqlite-session-delivery-claims.ts';
import {
  createSqliteSessionGuard,
  type StoreHealth,
  type StoreHealthListener,
} from './sqlite-session-guard.ts';
import { openSqliteSessionDatabase } from './sqlite-session-open.ts';
import {
  logRowSchema,
  processedRowSchema,
  type SessionRow,
  sessionRowSchema,
} from './sqlite-session-schema.ts';
import { prepareSessionStatements } from './sqlite-session-statements.ts';

export interface SqliteSessionStore extends SessionStore {
  /**
   * Whether saves work: the last write's outcome, or a fresh probe write (no session data) when
   * nothing was written for a few seconds, so `/healthz` stays cheap under load.
   */
  health(): StoreHealth;
  /** Closes the one connection; pending writes are already committed. */
  close(): void;
}

/** Probing more often than this would add a durable write per `/healthz` under monitoring. */
const defaultProbeIntervalMs = 5000;
/** The probe must not hold `/healthz` for the whole busy timeout while another process writes. */
const probeBusyTimeoutMs = 250;

/**
 * The Node `SessionStore`: one better-sqlite3 connection (one per process avoids WAL checkpoint
 * starvation). WAL keeps committed saves through `kill -9`; `synchronous = FULL` also through power
 * loss; `secure_delete` overwrites erased sessions so deletion is real, not just unlinked pages.
 * A save is one transaction over the blob, its log entries and its processed records.
 */
export function createSqliteSessionStore(options: {
  path: string;
  /** How long a write waits for another process's lock before failing as store-unavailable. */
  busyTimeoutMs?: number;
  /** Told when saves start failing and when they work again: the log line for the operator. */
  onHealthChange?: StoreHealthListener;
  probeIntervalMs?: number;
  /** Milliseconds clock for the probe interval; injected by tests. */
  clock?: () => number;
}): SqliteSessionStore {
  const busyTimeoutMs = Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000));
  const database = openSqliteSessionDatabase(options.path, busyTimeoutMs);
  const statements = prepareSessionStatements(database);
  const clock = options.clock ?? Date.now;
  const probeTransaction = database.transaction(() => {
    statements.probe.run(clock());
    guard.assertSameFile();
  });
  const guard = createSqliteSessionGuard({
    path: options.path,
    probeIntervalMs: options.probeIntervalMs ?? defaultProbeIntervalMs,
    clock,
    onHealthChange: options.onHealthChange,
    probe: () => {
      database.pragma(`busy_timeout = ${probeBusyTimeoutMs}`);
      try {
        probeTransaction.immediate();
      } finally {
        database.pragma(`busy_timeout = ${busyTimeoutMs}`);
      }
    },
  });
  const deliveries = createSqliteDeliveryClaims(database, statements, () => guard.assertSameFile());
  const chatBindings = createSqliteChatBindings(database, statements, () => guard.assertSameFile());

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
      guard.assertSameFile();
    },
  );

  const saveTransaction = database.transaction(
    (
      id: string,
      dataJson: string,
      { expectedRevision, updatedAt }: { expectedRevision: number; updatedAt: string },
      rows: SerializedLogEntry[],
      processed: ProcessedRecord[],
    ): SaveResult => {
      const updated = statements.update.run(dataJson, updatedAt, id, expectedRevision);
      if (updated.changes !== 1) {
        const current = z.number().int().optional().parse(statements.revision.get(id));
        if (current === undefined) return { success: false, reason: 'not-found' };
        return { success: false, reason: 'conflict', currentRevision: current };
      }
      const revision = expectedRevision + 1;
      appendLog(id, rows);
      for (const record of processed) {
        statements.upsertProcessed.run({ sessionId: id, ...record, sequence: revision });
      }
      const recordedAt = processed[0]?.recordedAt ?? null;
      if (recordedAt !== null) {
        const oldest = recordedAt - processedMessageRetention.milliseconds;
        statements.pruneProcessedBefore.run({ sessionId: id, oldest });
      }
      if (processed.length > 0) {
        statements.pruneProcessed.run({ sessionId: id, keep: processedMessageRetention.limit });
      }
      guard.assertSameFile();
      return { success: true, revision };
    },
  );

  const deleteTransaction = database.transaction((id: string): boolean => {
    statements.removeLog.run(id);
    statements.removeProcessed.run(id);
    statements.removeChatSessions.run(id);
    const removed = statements.remove.run(id).changes > 0;
    guard.assertSameFile();
    return removed;
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
      guard.write(() => createTransaction.immediate(session, data, rows));
      return { ...session, revision: 0, data: JSON.parse(data) };
    },

    async load(id) {
      const row = guard.read(() => statements.select.get(id));
      return row === undefined ? undefined : toStoredSession(sessionRowSchema.parse(row));
    },

    async save(id, data, saveOptions): Promise<SaveResult> {
      return guard.write(() => {
        const dataJson = JSON.stringify(data ?? null);
        const rows = serializeLogAppend(saveOptions.append);
        const recordedAt = epochOrNull(saveOptions.updatedAt);
        const processed = processedRecordsOf(saveOptions).map((entry) => ({
          messageId: entry.messageId,
          fingerprint: entry.fingerprint,
          reply: JSON.stringify(entry.reply ?? null),
          recordedAt,
        }));
        return saveTransaction.immediate(id, dataJson, saveOptions, rows, processed);
      });
    },

    async loadLog(id) {
      // Deferred: a read transaction, so the existence check and the rows share one snapshot.
      return guard.read(() => readLogTransaction.deferred(id));
    },

    async findProcessed(id, messageId) {
      const row = guard.read(() => statements.selectProcessed.get(id, messageId));
      if (row === undefined) return undefined;
      const { fingerprint, reply } = processedRowSchema.parse(row);
      return { fingerprint, reply: JSON.parse(reply) as unknown };
    },

    async delete(id) {
      return guard.write(() => {
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
      const rows = guard.read(() =>
        updatedBefore === undefined
          ? statements.listAll.all({ limit: limit ?? -1 })
          : statements.listBefore.all({ limit: limit ?? -1, updatedBefore }),
      );
      return rows.map((row) => {
        const { id, revision, updatedAt, owner } = toStoredSession(sessionRowSchema.parse(row));
        return { id, revision, updatedAt, owner };
      });
    },

    async claimDelivery(key, claimOptions) {
      return guard.write(() => deliveries.claim(key, claimOptions));
    },

    async completeDelivery(key, at) {
      guard.write(() => deliveries.complete(key, at));
    },

    async bindChatSession(key, sessionId) {
      return guard.read(() => chatBindings.find(key)) ?? guard.write(() => chatBindings.bind(key, sessionId));
    },

    health: () => guard.health(),

    close() {
      database.close();
    },
  };
}

type ProcessedRecord = { messageId: string; fingerprint: string; reply: string; recordedAt: number | null };

/** A save's time as epoch ms for pruning; a time that does not parse leaves the record to the cap. */
function epochOrNull(at: string): number | null {
  const milliseconds = Date.parse(at);
  return Number.isNaN(milliseconds) ? null : milliseconds;
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
