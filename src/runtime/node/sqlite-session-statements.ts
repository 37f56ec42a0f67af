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
      `INSERT INTO processed_message (session_id, message_id, fingerprint, reply, sequence)
       VALUES (@sessionId, @messageId, @fingerprint, @reply, @sequence)
       ON CONFLICT (session_id, message_id) DO UPDATE SET
         fingerprint = excluded.fingerprint, reply = excluded.reply, sequence = excluded.sequence`,
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
  };
}
