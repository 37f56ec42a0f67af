/**
 * The fault both SQLite-backed stores (Node's database file, each Durable Object's storage) take
 * for a full disk: a trigger that aborts every insert into the session log, and its removal.
 */
export const failLogInsertsSql =
  "CREATE TRIGGER fail_log BEFORE INSERT ON session_log BEGIN SELECT RAISE(ABORT, 'disk full'); END";
export const repairLogInsertsSql = 'DROP TRIGGER fail_log';
