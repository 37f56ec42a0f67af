import { z } from 'zod';
import { sessionRecordSchema } from './session-record.ts';

/**
 * A session object's tables; it holds one session, so no table needs a session id.
 * - `session`: the one row with the state blob, rewritten on every save.
 * - `session_log`: transcript and audit entries, written once, in rowid (append) order.
 * - `processed_message`: the reply to each recent client message id; `sequence` is the revision
 *   the record was saved with, so pruning keeps the newest; `recorded_at` (epoch ms, NULL for
 *   records from before it existed: those are only capped) prunes by age.
 * `IF NOT EXISTS` throughout: an object written by an earlier version gains the log tables on its
 * next write (old blobs still carrying their transcript are split out by the conversation layer).
 */
export const createSessionTables = `
  CREATE TABLE IF NOT EXISTS session (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    organisation_id TEXT,
    user_id TEXT,
    data TEXT NOT NULL,
    expires_at INTEGER
  ) STRICT;
  CREATE TABLE IF NOT EXISTS session_log (
    sequence INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('transcript', 'audit')),
    entry TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS processed_message (
    message_id TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    reply TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    recorded_at INTEGER
  ) STRICT;
  CREATE INDEX IF NOT EXISTS processed_message_sequence ON processed_message (sequence)`;

export const sessionRowSchema = z
  .object({
    id: z.string(),
    revision: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
    organisation_id: z.string().nullable(),
    user_id: z.string().nullable(),
    data: z.string(),
    expires_at: z.number().nullable(),
  })
  .transform((row) => ({
    record: sessionRecordSchema.parse({
      id: row.id,
      revision: row.revision,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      organisationId: row.organisation_id,
      userId: row.user_id,
      dataJson: row.data,
    }),
    expiresAt: row.expires_at,
  }));

/** One log entry as it crosses the RPC boundary: JSON text, as the blob travels. */
export const logRowSchema = z.object({ kind: z.enum(['transcript', 'audit']), entry: z.string() });
export type LogRow = z.infer<typeof logRowSchema>;

/** A column an object written by an earlier version lacks (`IF NOT EXISTS` never adds columns). */
export const addRecordedAtColumn = 'ALTER TABLE processed_message ADD COLUMN recorded_at INTEGER';

export const processedRowSchema = z.object({ fingerprint: z.string(), reply: z.string() });
export type ProcessedRow = z.infer<typeof processedRowSchema> & {
  messageId: string;
  recordedAt: number | null;
};
