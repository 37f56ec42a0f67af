import type Database from 'better-sqlite3';
import type { BatchTransaction } from './group-commit-queue.ts';

/**
 * The transaction a group commit shares on the store's connection: `BEGIN IMMEDIATE` takes the
 * write lock up front (a busy database fails at BEGIN, before any write ran), each write runs in
 * its own savepoint (better-sqlite3 nests a transaction function called inside a transaction as
 * SAVEPOINT / RELEASE, and rolls back to it on a throw), and `beforeCommit` (the guard's file
 * check, one stat per batch) runs last before COMMIT.
 */
export function createSqliteBatchTransaction(
  database: Database.Database,
  options: { beforeBegin: () => void; beforeCommit: () => void },
): BatchTransaction {
  const begin = database.prepare('BEGIN IMMEDIATE');
  const commit = database.prepare('COMMIT');
  const rollback = database.prepare('ROLLBACK');
  const isolated = database.transaction((write: () => unknown) => write());

  return {
    begin() {
      options.beforeBegin();
      begin.run();
    },
    isolate<T>(write: () => T): T {
      return isolated(write) as T;
    },
    // SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY and SQLITE_NOMEM may roll back the whole transaction,
    // not just the statement: then every write of the batch before it is gone too.
    isActive: () => database.inTransaction,
    commit() {
      options.beforeCommit();
      commit.run();
    },
    rollback() {
      // A failed COMMIT may leave the transaction open (SQLITE_BUSY, a deferred constraint).
      if (database.inTransaction) rollback.run();
    },
  };
}
