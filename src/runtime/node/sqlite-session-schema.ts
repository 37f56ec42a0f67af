import { z } from 'zod';

/**
 * The Node store's tables. `IF NOT EXISTS` throughout: opening a file written by an earlier
 * version adds the log tables beside its `sessions` table (old blobs still carrying their
 * transcript are split out by the conversation layer on their next save).
 *
 * - `sessions`: one row per session, the small state blob rewritten on every save.
 * - `session_log`: transcript and audit entries, written once; `sequence` orders them per session.
 * - `processed_message`: the reply to each recent client message id; `sequence` is the revision
 *   the record was saved with, so pruning keeps the newest; `recorded_at` (epoch ms, NULL for
 *   records from before it existed: those are only capped) prunes by age.
 * - `delivery_claim`: platform deliveries claimed before acting on them (`claimDelivery`), tied
 *   to no session; epoch ms throughout, expired rows deleted by the next claim.
 * - `chat_session`: which session a client's own chat id names (`bindChatSession`); the key is a
 *   hash of the chat id and the caller, so neither is stored; rows go with their session.
 * - `health_probe`: one row the readiness probe rewrites, so `/healthz` exercises the write path
 *   without touching session data.
 * - `registers`: each organisation's register of AI systems, one JSON document rewritten on every
 *   change under its `revision` (sqlite-register-store.ts); in this file, on this connection, so a
 *   register change is as durable as a turn.
 * - `register_audit`: the registers' audit entries, written once; `sequence` (AUTOINCREMENT, so
 *   never reused) is the append order; `system_id` and `at` copied out of the entry for filtering.
 */
export const sqliteSessionSchema = `
  CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    owner_organisation_id TEXT,
    owner_user_id TEXT,
    data TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS sessions_updated_at ON sessions (updated_at, id);
  CREATE TABLE IF NOT EXISTS session_log (
    session_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('transcript', 'audit')),
    entry TEXT NOT NULL,
    PRIMARY KEY (session_id, sequence)
  ) STRICT;
  CREATE TABLE IF NOT EXISTS processed_message (
    session_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    reply TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    recorded_at INTEGER,
    PRIMARY KEY (session_id, message_id)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS processed_message_sequence ON processed_message (session_id, sequence);
  CREATE TABLE IF NOT EXISTS delivery_claim (
    key TEXT PRIMARY KEY,
    claimed_at INTEGER NOT NULL,
    completed_at INTEGER,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS delivery_claim_expires_at ON delivery_claim (expires_at);
  CREATE TABLE IF NOT EXISTS chat_session (
    key TEXT PRIMARY KEY,
    session_id TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS chat_session_session_id ON chat_session (session_id);
  CREATE TABLE IF NOT EXISTS health_probe (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS registers (
    organisation_id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS register_audit (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id TEXT NOT NULL,
    system_id TEXT,
    at TEXT NOT NULL,
    entry TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS register_audit_system ON register_audit (organisation_id, system_id);
`;

/**
 * Columns a file written by an earlier version lacks: `CREATE TABLE IF NOT EXISTS` adds missing
 * tables but never a missing column. Each is added, after the schema, if the table has not got it.
 */
export const sqliteSessionMigrations: ReadonlyArray<{ table: string; column: string; add: string }> = [
  {
    table: 'processed_message',
    column: 'recorded_at',
    add: 'ALTER TABLE processed_message ADD COLUMN recorded_at INTEGER',
  },
];

export const sessionRowSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
  owner_organisation_id: z.string().nullable(),
  owner_user_id: z.string().nullable(),
  data: z.string(),
});
export type SessionRow = z.infer<typeof sessionRowSchema>;

export const logRowSchema = z.object({ kind: z.enum(['transcript', 'audit']), entry: z.string() });

export const processedRowSchema = z.object({ fingerprint: z.string(), reply: z.string() });

export const deliveryRowSchema = z.object({
  claimed_at: z.number().int(),
  completed_at: z.number().int().nullable(),
  expires_at: z.number().int(),
});

export const registerRowSchema = z.object({
  revision: z.number().int(),
  updated_at: z.string(),
  data: z.string(),
});
