import { AppError } from '../app-error.ts';
import { completeDeliveryRecord, type DeliveryRecord, decideDeliveryClaim } from './decide-delivery-claim.ts';
import { type SerializedLogEntry, serializeLogAppend } from './serialize-log-append.ts';
import {
  type ProcessedMessage,
  processedMessageRetention,
  processedRecordsOf,
  type SaveResult,
  type SessionStore,
  type SessionSummary,
  type StoredSession,
} from './session-store.ts';
import { storedSessionFromJson } from './stored-session-from-json.ts';

/** Everything held about one session; the blob, log entries and replies kept as JSON text. */
type MemoryRecord = {
  session: Omit<StoredSession, 'data'>;
  data: string;
  log: SerializedLogEntry[];
  /** Oldest first, as `processedMessageRetention` keeps them. */
  processed: ProcessedRow[];
};

type ProcessedRow = { messageId: string; fingerprint: string; reply: string; recordedAt: number | null };

/**
 * A `SessionStore` held in memory: tests, demos and single-process use without persistence.
 * Data is kept as JSON text, so it behaves exactly like the SQLite and Durable Object stores (no
 * shared references, no values JSON cannot hold): written once per save, parsed only when a
 * loaded session's `data` is read (see stored-session-from-json.ts).
 */
export function createMemorySessionStore(
  options: {
    /** Where delivery claims are held; a test passes its own map to see that they are pruned. */
    deliveries?: Map<string, DeliveryRecord>;
  } = {},
): SessionStore {
  const records = new Map<string, MemoryRecord>();
  const deliveries = options.deliveries ?? new Map<string, DeliveryRecord>();
  /** Chat binding key -> session id (`bindChatSession`). */
  const chatSessions = new Map<string, string>();

  return {
    async create(session, initialLog) {
      if (records.has(session.id)) {
        throw new AppError('conflict', 'A session with that id already exists.');
      }
      const { data: created, ...row } = session;
      const data = toJson(created);
      const stored = { ...row, owner: session.owner && { ...session.owner }, revision: 0 };
      records.set(session.id, { session: stored, data, log: serializeLogAppend(initialLog), processed: [] });
      return storedSessionFromJson(stored, data);
    },

    async load(id) {
      const record = records.get(id);
      return record === undefined ? undefined : storedSessionFromJson(record.session, record.data);
    },

    async save(id, data, options): Promise<SaveResult> {
      const record = records.get(id);
      if (record === undefined) return { success: false, reason: 'not-found' };
      const { session } = record;
      if (session.revision !== options.expectedRevision) {
        return { success: false, reason: 'conflict', currentRevision: session.revision };
      }
      // Everything is serialised before anything changes, so a value JSON cannot hold changes nothing.
      const nextData = toJson(data);
      const appended = serializeLogAppend(options.append);
      const processed = processedRecordsOf(options).map((entry) => toProcessedRow(entry, options.updatedAt));
      const revision = session.revision + 1;
      record.session = { ...session, revision, updatedAt: options.updatedAt };
      record.data = nextData;
      record.log.push(...appended);
      if (processed.length > 0) {
        const replaced = new Set(processed.map((entry) => entry.messageId));
        const others = record.processed.filter((entry) => !replaced.has(entry.messageId));
        const recordedAt = processed[0]?.recordedAt ?? null;
        record.processed = keptProcessedRecords([...others, ...processed], recordedAt);
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
      for (const [key, sessionId] of chatSessions) if (sessionId === id) chatSessions.delete(key);
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

    async claimDelivery(key, claimOptions) {
      const { claim, record } = decideDeliveryClaim(deliveries.get(key), claimOptions);
      if (record !== undefined) deliveries.set(key, record);
      // Expired records go with every claim, so the map holds one retry window of deliveries.
      const now = record?.claimedAt ?? Date.parse(claimOptions.at);
      for (const [otherKey, other] of deliveries) if (now >= other.expiresAt) deliveries.delete(otherKey);
      return claim;
    },

    async completeDelivery(key, at) {
      const completed = completeDeliveryRecord(deliveries.get(key), at);
      if (completed !== undefined) deliveries.set(key, completed);
    },

    async bindChatSession(key, sessionId) {
      const bound = chatSessions.get(key);
      if (bound !== undefined) return bound;
      chatSessions.set(key, sessionId);
      return sessionId;
    },
  };
}

function toProcessedRow(processed: ProcessedMessage, updatedAt: string): ProcessedRow {
  const recordedAt = Date.parse(updatedAt);
  return {
    messageId: processed.messageId,
    fingerprint: processed.fingerprint,
    reply: JSON.stringify(processed.reply ?? null),
    recordedAt: Number.isNaN(recordedAt) ? null : recordedAt,
  };
}

/** Records inside the retention window (those without a time only capped), at most the newest `limit`. */
function keptProcessedRecords(rows: ProcessedRow[], now: number | null): ProcessedRow[] {
  const oldest = now === null ? Number.NEGATIVE_INFINITY : now - processedMessageRetention.milliseconds;
  const recent = rows.filter((row) => row.recordedAt === null || row.recordedAt >= oldest);
  return recent.slice(-processedMessageRetention.limit);
}

/** The blob as stored; a value JSON cannot hold throws before anything changes. */
function toJson(data: unknown): string {
  const json = JSON.stringify(data ?? null);
  if (json === undefined) throw new TypeError('The session data cannot be stored as JSON.');
  return json;
}

function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
