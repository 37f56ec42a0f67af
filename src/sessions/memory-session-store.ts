import { AppError } from '../app-error.ts';
import { type SerializedLogEntry, serializeLogAppend } from './serialize-log-append.ts';
import {
  type ProcessedMessage,
  processedMessageLimit,
  type SaveResult,
  type SessionStore,
  type SessionSummary,
  type StoredSession,
} from './session-store.ts';

/** Everything held about one session; log entries and replies kept as JSON text. */
type MemoryRecord = {
  session: StoredSession;
  log: SerializedLogEntry[];
  /** Oldest first, at most `processedMessageLimit`. */
  processed: Array<{ messageId: string; fingerprint: string; reply: string }>;
};

/**
 * A `SessionStore` held in memory: tests, demos and single-process use without persistence.
 * Data goes through a JSON round trip so it behaves exactly like the SQLite and Durable Object
 * stores (no shared references, no values JSON cannot hold).
 */
export function createMemorySessionStore(): SessionStore {
  const records = new Map<string, MemoryRecord>();

  return {
    async create(session, initialLog) {
      if (records.has(session.id)) {
        throw new AppError('conflict', 'A session with that id already exists.');
      }
      const stored: StoredSession = {
        ...session,
        owner: session.owner && { ...session.owner },
        revision: 0,
        data: copyJson(session.data),
      };
      records.set(session.id, { session: stored, log: serializeLogAppend(initialLog), processed: [] });
      return { ...stored, data: copyJson(stored.data) };
    },

    async load(id) {
      const stored = records.get(id)?.session;
      return stored === undefined ? undefined : { ...stored, data: copyJson(stored.data) };
    },

    async save(id, data, options): Promise<SaveResult> {
      const record = records.get(id);
      if (record === undefined) return { success: false, reason: 'not-found' };
      const { session } = record;
      if (session.revision !== options.expectedRevision) {
        return { success: false, reason: 'conflict', currentRevision: session.revision };
      }
      // Everything is serialised before anything changes, so a value JSON cannot hold changes nothing.
      const nextData = copyJson(data);
      const appended = serializeLogAppend(options.append);
      const processed = options.processed && toProcessedRow(options.processed);
      const revision = session.revision + 1;
      record.session = { ...session, revision, updatedAt: options.updatedAt, data: nextData };
      record.log.push(...appended);
      if (processed !== undefined) {
        const others = record.processed.filter((entry) => entry.messageId !== processed.messageId);
        record.processed = [...others, processed].slice(-processedMessageLimit);
      }
      return { success: true, revision };
    },

    async loadLog(id) {
      const record = records.get(id);
      if (record === undefined) return undefined;
      const read = (kind: 'transcript' | 'audit') =>
        record.log.filter((row) => row.kind === kind).map((row): unknown => JSON.parse(row.entry));
      return { transcript: read('transcript'), audit: read('audit') };
    },

    async findProcessed(id, messageId) {
      const found = records.get(id)?.processed.find((entry) => entry.messageId === messageId);
      return found === undefined
        ? undefined
        : { fingerprint: found.fingerprint, reply: JSON.parse(found.reply) as unknown };
    },

    async delete(id) {
      return records.delete(id);
    },

    async list(options = {}): Promise<SessionSummary[]> {
      const { updatedBefore, limit } = options;
      const matching = [...records.values()]
        .map((record) => record.session)
        .filter((session) => updatedBefore === undefined || session.updatedAt < updatedBefore)
        .sort(
          (left, right) => compareText(left.updatedAt, right.updatedAt) || compareText(left.id, right.id),
        );
      return matching
        .slice(0, limit ?? matching.length)
        .map(({ id, revision, updatedAt, owner }) => ({ id, revision, updatedAt, owner }));
    },
  };
}

function toProcessedRow(processed: ProcessedMessage): MemoryRecord['processed'][number] {
  return {
    messageId: processed.messageId,
    fingerprint: processed.fingerprint,
    reply: JSON.stringify(processed.reply ?? null),
  };
}

function copyJson(data: unknown): unknown {
  return data === undefined ? null : JSON.parse(JSON.stringify(data));
}

function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
