import type Database from 'better-sqlite3';

/** Every statement the store runs, prepared once per connection. */
export function prepareSessionStatements(database: Database.Database) {
  return {
    insert: database.prepare(
      `INSERT INTO sessions (id, revision, created_at, updated_at, owner_organisation_id, owner_user_id, data)
       VALUES (?, 0, ?, ?, ?, ?, ?)`,
    ),
    select: database.prepare('SELECT * FROM sessions WHERE id = ?'),
    update: database.prepare(
      'UPDATE sessions SET data = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND revision = ?',
    ),
    revision: database.prepare('SELECT revision FROM sessions WHERE id = ?').pluck(),
    remove: database.prepare('DELETE FROM sessions WHERE id = ?'),
    listAll: database.prepare('SELECT * FROM sessions ORDER BY updated_at, id LIMIT @limit'),
    listBefore: database.prepare(
      'SELECT * FROM sessions WHERE updated_at < @updatedBefore ORDER BY updated_at, id LIMIT @limit',
    ),
    lastSequence: database
      .prepare('SELECT coalesce(max(sequence), 0) FROM session_log WHERE session_id = ?')
      .pluck(),
    insertLog: database.prepare(
      'INSERT INTO session_log (session_id, sequence, kind, entry) VALUES (?, ?, ?, ?)',
    ),
    selectLog: database.prepare('SELECT kind, entry FROM session_log WHERE session_id = ? ORDER BY sequence'),
    removeLog: database.prepare('DELETE FROM session_log WHERE session_id = ?'),
    upsertProcessed: database.prepare(
      `INSERT INTO processed_message (session_id, message_id, fingerprint, reply, sequence, recorded_at)
       VALUES (@sessionId, @messageId, @fingerprint, @reply, @sequence, @recordedAt)
       ON CONFLICT (session_id, message_id) DO UPDATE SET fingerprint = excluded.fingerprint,
         reply = excluded.reply, sequence = excluded.sequence, recorded_at = excluded.recorded_at`,
    ),
    // Records without a time (written before `recorded_at` existed) are left to the cap below.
    pruneProcessedBefore: database.prepare(
      'DELETE FROM processed_message WHERE session_id = @sessionId AND recorded_at < @oldest',
    ),
    // Deletes everything at or below the (keep + 1)-th newest record; nothing while there are fewer.
    pruneProcessed: database.prepare(
      `DELETE FROM processed_message WHERE session_id = @sessionId AND sequence <= (
         SELECT sequence FROM processed_message WHERE session_id = @sessionId
         ORDER BY sequence DESC LIMIT 1 OFFSET @keep)`,
    ),
    selectProcessed: database.prepare(
      'SELECT fingerprint, reply FROM processed_message WHERE session_id = ? AND message_id = ?',
    ),
    removeProcessed: database.prepare('DELETE FROM processed_message WHERE session_id = ?'),
    selectDelivery: database.prepare(
      'SELECT claimed_at, completed_at, expires_at FROM delivery_claim WHERE key = ?',
    ),
    upsertDelivery: database.prepare(
      `INSERT INTO delivery_claim (key, claimed_at, completed_at, expires_at)
       VALUES (@key, @claimedAt, @completedAt, @expiresAt)
       ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at,
         completed_at = excluded.completed_at, expires_at = excluded.expires_at`,
    ),
    pruneDeliveries: database.prepare('DELETE FROM delivery_claim WHERE expires_at <= ?'),
    selectChatSession: database.prepare('SELECT session_id FROM chat_session WHERE key = ?').pluck(),
    insertChatSession: database.prepare(
      'INSERT INTO chat_session (key, session_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
    ),
    removeChatSessions: database.prepare('DELETE FROM chat_session WHERE session_id = ?'),
    probe: database.prepare(
      `INSERT INTO health_probe (id, checked_at) VALUES (1, ?)
       ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`,
    ),
  };
}
