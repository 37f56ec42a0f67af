import Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { describeStorageError } from './describe-storage-error.ts';
import { sqliteSessionMigrations, sqliteSessionSchema } from './sqlite-session-schema.ts';

/**
 * Opens (creating if need be) the store's database file with its pragmas and schema. A file that
 * cannot be opened stops start-up with an error naming the file and the cause, for the operator:
 * the user-facing "not saved" message would only hide what to fix.
 */
export function openSqliteSessionDatabase(path: string, busyTimeoutMs: number): Database.Database {
  let database: Database.Database | undefined;
  try {
    database = new Database(path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('secure_delete = ON');
    // Another process (a retention job, the CLI) may briefly hold the write lock.
    database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    database.exec(sqliteSessionSchema);
    migrate(database);
    return database;
  } catch (error) {
    database?.close();
    const { cause } = describeStorageError(error);
    throw new AppError('store-unavailable', `RAIA cannot open its database ${path}: ${cause}.`, {
      cause: error,
    });
  }
}

const columnNamesSchema = z.array(z.string());

function migrate(database: Database.Database): void {
  for (const migration of sqliteSessionMigrations) {
    const columns = columnNamesSchema.parse(
      database.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(migration.table),
    );
    if (!columns.includes(migration.column)) database.exec(migration.add);
  }
}
