import { z } from 'zod';
import { addRecordedAtColumn, createSessionTables } from './session-object-schema.ts';

/** Which of a session object's tables exist: an object written by an earlier version lacks some. */
export interface SessionTables {
  session: boolean;
  log: boolean;
  processed: boolean;
  /** `processed_message.recorded_at`, a column added after the table (`IF NOT EXISTS` cannot add it). */
  recordedAt: boolean;
}

/** The part of `ctx.storage.sql` used here. */
interface SqlStatements {
  exec(query: string, ...bindings: unknown[]): { toArray(): unknown[] };
}

/** What `ensureSessionTables` leaves behind. */
export const currentSessionTables: SessionTables = {
  session: true,
  log: true,
  processed: true,
  recordedAt: true,
};

// The tables and the column in one read, so a fresh instance learns its schema with one statement.
const probeTables = `
  SELECT name FROM sqlite_master
  WHERE type = 'table' AND name IN ('session', 'session_log', 'processed_message')
  UNION ALL
  SELECT 'processed_message.recorded_at' FROM pragma_table_info('processed_message')
  WHERE name = 'recorded_at'`;

const probeRowSchema = z.object({ name: z.string() });

/** Reads only: probing an unknown session id must not leave storage behind. */
export function readSessionTables(sql: SqlStatements): SessionTables {
  const names = new Set(
    sql
      .exec(probeTables)
      .toArray()
      .map((row) => probeRowSchema.parse(row).name),
  );
  return {
    session: names.has('session'),
    log: names.has('session_log'),
    processed: names.has('processed_message'),
    recordedAt: names.has('processed_message.recorded_at'),
  };
}

/**
 * Creates whatever `tables` lacks. It writes (DDL), so it runs only inside the write that needs
 * the tables, which then commits or rolls back with them; up to date, it costs no statement.
 */
export function ensureSessionTables(sql: SqlStatements, tables: SessionTables): void {
  if (tables.session && tables.log && tables.processed && tables.recordedAt) return;
  sql.exec(createSessionTables);
  // A table created just now already has the column: only an earlier version's table lacks it.
  if (tables.processed && !tables.recordedAt) sql.exec(addRecordedAtColumn);
}
