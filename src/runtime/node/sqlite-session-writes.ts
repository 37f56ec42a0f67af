import { z } from 'zod';
import { type SerializedLogEntry, serializeLogAppend } from '../../sessions/serialize-log-append.ts';
import {
  processedMessageRetention,
  processedRecordsOf,
  type SaveOptions,
  type SaveResult,
  type StoredSession,
} from '../../sessions/session-store.ts';
import type { prepareSessionStatements } from './sqlite-session-statements.ts';

type Statements = ReturnType<typeof prepareSessionStatements>;

/** A save as the database takes it: serialised when the caller hands it over, written later. */
export interface SerializedSave {
  dataJson: string;
  expectedRevision: number;
  updatedAt: string;
  rows: SerializedLogEntry[];
  processed: ProcessedRecord[];
}

type ProcessedRecord = { messageId: string; fingerprint: string; reply: string; recordedAt: number | null };

/** Throws for a value JSON cannot hold, before anything is queued. */
export function serializeSave(data: unknown, options: SaveOptions): SerializedSave {
  const recordedAt = epochOrNull(options.updatedAt);
  return {
    dataJson: JSON.stringify(data ?? null),
    expectedRevision: options.expectedRevision,
    updatedAt: options.updatedAt,
    rows: serializeLogAppend(options.append),
    processed: processedRecordsOf(options).map((entry) => ({
      messageId: entry.messageId,
      fingerprint: entry.fingerprint,
      reply: JSON.stringify(entry.reply ?? null),
      recordedAt,
    })),
  };
}

/**
 * The session writes of the Node store. They run only inside a group-commit batch, each in its
 * own savepoint of the batch's `BEGIN IMMEDIATE` transaction (see sqlite-batch-transaction.ts), so
 * a throw undoes just that write, and the batch's COMMIT makes them durable together.
 */
// Built once: a zod schema made per call cost more than the statement it checks.
const sequenceSchema = z.number().int();
const revisionSchema = z.number().int().optional();

export function createSqliteSessionWrites(statements: Statements) {
  function appendLog(id: string, rows: SerializedLogEntry[]): void {
    if (rows.length === 0) return;
    let sequence = sequenceSchema.parse(statements.lastSequence.get(id));
    for (const row of rows) {
      sequence += 1;
      statements.insertLog.run(id, sequence, row.kind, row.entry);
    }
  }

  return {
    create(session: Omit<StoredSession, 'revision'>, dataJson: string, rows: SerializedLogEntry[]): void {
      statements.insert.run(
        session.id,
        session.createdAt,
        session.updatedAt,
        session.owner?.organisationId ?? null,
        session.owner?.userId ?? null,
        dataJson,
      );
      appendLog(session.id, rows);
    },

    save(id: string, save: SerializedSave): SaveResult {
      const { dataJson, expectedRevision, updatedAt, rows, processed } = save;
      const updated = statements.update.run(dataJson, updatedAt, id, expectedRevision);
      if (updated.changes !== 1) {
        const current = revisionSchema.parse(statements.revision.get(id));
        if (current === undefined) return { success: false, reason: 'not-found' };
        return { success: false, reason: 'conflict', currentRevision: current };
      }
      const revision = expectedRevision + 1;
      appendLog(id, rows);
      for (const record of processed) {
        statements.upsertProcessed.run({ sessionId: id, ...record, sequence: revision });
      }
      const recordedAt = processed[0]?.recordedAt ?? null;
      if (recordedAt !== null) {
        const oldest = recordedAt - processedMessageRetention.milliseconds;
        statements.pruneProcessedBefore.run({ sessionId: id, oldest });
      }
      if (processed.length > 0) {
        statements.pruneProcessed.run({ sessionId: id, keep: processedMessageRetention.limit });
      }
      return { success: true, revision };
    },

    delete(id: string): boolean {
      statements.removeLog.run(id);
      statements.removeProcessed.run(id);
      statements.removeChatSessions.run(id);
      return statements.remove.run(id).changes > 0;
    },
  };
}

/** A save's time as epoch ms for pruning; a time that does not parse leaves the record to the cap. */
function epochOrNull(at: string): number | null {
  const milliseconds = Date.parse(at);
  return Number.isNaN(milliseconds) ? null : milliseconds;
}
