/**
 * The transaction a batch of writes shares. The SQLite store's is one `BEGIN IMMEDIATE … COMMIT`
 * with a savepoint per write; tests inject their own.
 */
export interface BatchTransaction {
  /** Opens the batch's transaction. A throw fails every write of the batch. */
  begin(): void;
  /**
   * Runs one write so that its own failure undoes only that write (a savepoint) and is thrown
   * back. The batch goes on unless `isActive()` then says the whole transaction is gone.
   */
  isolate<T>(write: () => T): T;
  /** False once the transaction was lost (SQLite rolls back the whole of it on some errors). */
  isActive(): boolean;
  /**
   * Makes the batch durable. Only once it has returned (or its promise resolved) is any write of
   * the batch resolved; a throw or a rejection fails every write of the batch.
   */
  commit(): void | PromiseLike<void>;
  /** Undoes an open transaction after a failure; does nothing if there is none. */
  rollback(): void;
}

export interface GroupCommitStats {
  /** Transactions attempted, one per batch, whether they committed or failed. */
  transactions: number;
  /** Writes handed to those transactions. */
  writes: number;
  /** The most writes one transaction held. */
  largestBatch: number;
  /** Writes waiting for their transaction. */
  pending: number;
}

export interface GroupCommitQueue {
  /**
   * Queues a write; it runs in the next batch, in arrival order. Resolves with its value only
   * after that batch committed; rejects with its own failure, or with the batch's.
   */
  enqueue<T>(write: () => T): Promise<T>;
  /** Writes every batch still queued now (synchronously, with a synchronous commit); later writes are refused. */
  close(): void;
  stats(): GroupCommitStats;
}

/** Refuses writes queued after `close()`. */
export class GroupCommitClosedError extends Error {
  constructor() {
    super('The session store is closed: nothing more can be saved.');
  }
}

interface QueuedWrite {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type WriteOutcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit: writes queued while no batch is being written share the next transaction, so one
 * durable sync serves every turn that reached its save in the same event-loop turn, including
 * those whose requests arrived while the previous commit blocked the loop. The first queued
 * write schedules the flush; batches hold at most `maxBatchSize` writes, first come first served,
 * and the rest follow in the next batch, scheduled right after. One batch at a time: a write
 * queued while a batch is being written waits for the next.
 */
export function createGroupCommitQueue(options: {
  transaction: BatchTransaction;
  maxBatchSize: number;
  /** Runs the flush later in this process; `setImmediate` (after the pending I/O) unless injected. */
  schedule?: (flush: () => void) => void;
}): GroupCommitQueue {
  const { transaction } = options;
  const maxBatchSize = Math.max(1, Math.trunc(options.maxBatchSize));
  const schedule = options.schedule ?? ((flush: () => void) => void setImmediate(flush));
  const queued: QueuedWrite[] = [];
  const counts = { transactions: 0, writes: 0, largestBatch: 0 };
  let scheduled = false;
  let committing = false;
  let closed = false;

  function requestFlush(): void {
    if (scheduled || committing || queued.length === 0) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      flushBatch();
    });
  }

  function flushBatch(): void {
    if (committing || queued.length === 0) return;
    const batch = queued.splice(0, maxBatchSize);
    counts.transactions += 1;
    counts.writes += batch.length;
    counts.largestBatch = Math.max(counts.largestBatch, batch.length);
    let committed: void | PromiseLike<void>;
    const outcomes: WriteOutcome[] = [];
    try {
      transaction.begin();
      for (const entry of batch) outcomes.push(applyWrite(entry.write));
      committed = transaction.commit();
    } catch (error) {
      failBatch(batch, error);
      return;
    }
    if (!isPromiseLike(committed)) {
      settle(batch, outcomes);
      requestFlush();
      return;
    }
    committing = true;
    committed.then(
      () => {
        committing = false;
        settle(batch, outcomes);
        requestFlush();
      },
      (error: unknown) => {
        committing = false;
        failBatch(batch, error);
      },
    );
  }

  function applyWrite(write: () => unknown): WriteOutcome {
    try {
      return { ok: true, value: transaction.isolate(write) };
    } catch (error) {
      // The write's own failure stays its own, unless it took the whole transaction down.
      if (!transaction.isActive()) throw error;
      return { ok: false, error };
    }
  }

  function failBatch(batch: readonly QueuedWrite[], error: unknown): void {
    let failure = error;
    try {
      transaction.rollback();
    } catch (rollbackError) {
      // As better-sqlite3's own transactions do: a failed rollback is the more urgent news.
      failure = rollbackError;
    }
    for (const entry of batch) entry.reject(failure);
    requestFlush();
  }

  function settle(batch: readonly QueuedWrite[], outcomes: readonly WriteOutcome[]): void {
    batch.forEach((entry, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok === true) entry.resolve(outcome.value);
      else entry.reject(outcome?.error);
    });
  }

  return {
    enqueue<T>(write: () => T): Promise<T> {
      if (closed) return Promise.reject(new GroupCommitClosedError());
      return new Promise<T>((resolve, reject) => {
        queued.push({ write, resolve: resolve as (value: unknown) => void, reject });
        requestFlush();
      });
    },

    close() {
      closed = true;
      // Never drop a write that was accepted: each gets its transaction now. Behind a commit
      // still in flight (only an asynchronous one can be) they follow as it settles.
      while (queued.length > 0 && !committing) flushBatch();
    },

    stats: () => ({ ...counts, pending: queued.length }),
  };
}

function isPromiseLike(value: unknown): value is PromiseLike<void> {
  return typeof value === 'object' && value !== null && 'then' in value && typeof value.then === 'function';
}
