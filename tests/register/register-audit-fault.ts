/**
 * The fault both SQLite-backed register stores (Node's database file, each register object's
 * storage) take for a full disk: a trigger that aborts every insert into the audit trail, and its
 * removal. Both name the table `register_audit`.
 */
export const failAuditInsertsSql =
  "CREATE TRIGGER fail_register_audit BEFORE INSERT ON register_audit BEGIN SELECT RAISE(ABORT, 'disk full'); END";
export const repairAuditInsertsSql = 'DROP TRIGGER fail_register_audit';
