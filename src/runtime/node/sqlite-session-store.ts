import type { RegisterStore } from '../../register/register-store.ts';
import { serializeLogAppend } from '../../sessions/serialize-log-append.ts';
import type {
  SaveResult,
  SessionLog,
  SessionStore,
  SessionSummary,
  StoredSession,
} from '../../sessions/session-store.ts';
import { storedSessionFromJson } from '../../sessions/stored-session-from-json.ts';
import { createGroupCommitQueue, type GroupCommitStats } from './group-commit-queue.ts';
import { createSqliteBatchTransaction } from './sqlite-batch-transaction.ts';
import { createSqliteRegisterStore } from './sqlite-register-store.ts';
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
import { createSqliteSessionWrites, type SerializedSave, serializeSave } from './sqlite-session-writes.ts';

export interface SqliteSessionStore extends SessionStore {
  /**
   * Whether saves work: the last write's outcome, or a fresh probe write (no session data) when
   * nothing was written for a few seconds, so `/healthz` stays cheap under load.
   */
  health(): StoreHealth;
  /** How the group commit went so far: transactions, writes, the largest batch (for benchmarks). */
  stats(): GroupCommitStats;
  /**
   * The organisations' registers of AI systems, in this same file through this same group
   * commit, so a register change is as durable as a turn; `close` closes it too.
   */
  registerStore: RegisterStore;
  /**
   * Writes every write still queued (each settles as it would have), then closes the one
   * connection; writes made after it are refused as store-unavailable. Nothing is dropped.
   */
  close(): void;
}

/**
 * The most writes one transaction holds. Measured here (2 cores, WAL, synchronous = FULL, a turn's
 * save): a write alone costs about 0.4 ms, mostly the sync; in batches of 16 about 0.08 ms, of 128
 * about 0.035 ms, and of 256 or 512 no less, while the event loop stays blocked twice or four
 * times as long (about 10 ms for 256) and one failed commit fails that many more turns. Under the
 * 500-user soak (bench/soak.ts) a cap of 128 gave the best median (218 ms) but a p99 of 8 to 11 s:
 * a large batch releases its replies at once, their next requests arrive together, and unlucky
 * turns miss batch after batch. A cap of 16 kept most of the throughput (873/s, against 567/s with
 * one commit per turn) with a p99 of 0.96 s (1.77 s before group commit); 32 gave 1.47 s. So the cap
 * is 16: most of the sync is shared out, and a longer queue waits one more short commit instead.
 */
export const groupCommitMaxWrites = 16;

/** Probing more often than this would add a durable write per `/healthz` under monitoring. */
const defaultProbeIntervalMs = 5000;
/** The probe must not hold `/healthz` for the whole busy timeout while another process writes. */
const probeBusyTimeoutMs = 250;

/**
 * The Node `SessionStore`: one better-sqlite3 connection (one per process avoids WAL checkpoint
 * starvation). WAL keeps committed saves through `kill -9`; `synchronous = FULL` also through power
 * loss; `secure_delete` overwrites erased sessions so deletion is real, not just unlinked pages.
 * A save is atomic over the blob, its log entries and its processed records (one savepoint), and
 * writes share transactions by group commit: each write is acknowledged only once the transaction
 * holding it has committed, and turns that reach their save together share one sync.
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
  /** When a batch of writes is written; `setImmediate` unless a test holds it. */
  scheduleFlush?: (flush: () => void) => void;
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
  const writes = createSqliteSessionWrites(statements);
  const deliveries = createSqliteDeliveryClaims(statements);
  const chatBindings = createSqliteChatBindings(statements);
  const queue = createGroupCommitQueue({
    transaction: createSqliteBatchTransaction(database, {
      beforeBegin: () => guard.assertWritable(),
      beforeCommit: () => guard.assertSameFile(),
    }),
    maxBatchSize: groupCommitMaxWrites,
    ...(options.scheduleFlush === undefined ? {} : { schedule: options.scheduleFlush }),
  });
  const registerStore = createSqliteRegisterStore({ database, guard, queue });
  let closed = false;

  /**
   * Every write goes through the group commit, so writes apply in the order they were made and
   * each resolves only once the transaction holding it committed. Outcomes are recorded for
   * `health` as they settle, in that same order.
   */
  function enqueueWrite<T>(write: () => T): Promise<T> {
    guard.assertWritable();
    return queue.enqueue(write).then(
      (value) => {
        guard.succeeded();
        return value;
      },
      (error: unknown) => {
        throw guard.failed(error);
      },
    );
  }

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
      await enqueueWrite(() => writes.create(session, data, rows));
      return { ...session, revision: 0, data: JSON.parse(data) };
    },

    async load(id) {
      const row = guard.read(() => statements.select.get(id));
      return row === undefined ? undefined : toStoredSession(sessionRowSchema.parse(row));
    },

    async save(id, data, saveOptions): Promise<SaveResult> {
      let save: SerializedSave;
      try {
        save = serializeSave(data, saveOptions);
      } catch (error) {
        throw guard.failed(error);
      }
      return enqueueWrite(() => writes.save(id, save));
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
      const removed = await enqueueWrite(() => writes.delete(id));
      // The WAL still holds the old pages until a checkpoint: fold it back and truncate it so the
      // erased answers leave the disk now, not at some later automatic checkpoint. (Closing the
      // connection checkpoints too, so a delete that `close()` wrote needs none.)
      if (removed && !closed) guard.write(() => database.pragma('wal_checkpoint(TRUNCATE)'));
      return removed;
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
      return enqueueWrite(() => deliveries.claim(key, claimOptions));
    },

    async completeDelivery(key, at) {
      await enqueueWrite(() => deliveries.complete(key, at));
    },

    async bindChatSession(key, sessionId) {
      return (
        guard.read(() => chatBindings.find(key)) ?? enqueueWrite(() => chatBindings.bind(key, sessionId))
      );
    },

    health: () => guard.health(),

    stats: () => queue.stats(),

    registerStore,

    close() {
      // Commit what was accepted before the connection goes: a write is never dropped unanswered.
      queue.close();
      closed = true;
      database.close();
    },
  };
}

function toStoredSession(row: SessionRow): StoredSession {
  const owner =
    row.owner_organisation_id === null || row.owner_user_id === null
      ? null
      : { organisationId: row.owner_organisation_id, userId: row.owner_user_id };
  // Parsed on first read: a caller holding this revision's blob already (the assistant's cache of
  // what it saved) never pays for the parse.
  return storedSessionFromJson(
    { id: row.id, revision: row.revision, createdAt: row.created_at, updatedAt: row.updated_at, owner },
    row.data,
  );
}
