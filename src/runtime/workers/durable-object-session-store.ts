import { AppError } from '../../app-error.ts';
import { isAgencyRecord } from '../../sessions/is-agency-record.ts';
import { serializeLogAppend } from '../../sessions/serialize-log-append.ts';
import {
  type DeliveryClaim,
  processedRecordsOf,
  type SaveResult,
  type SessionLog,
  type SessionStore,
  type SessionSummary,
} from '../../sessions/session-store.ts';
import { sessionIndexName } from './session-index-object.ts';
import type { CreateRecordResult, SaveRecordResult } from './session-object.ts';
import type { LogRow, ProcessedRow } from './session-object-schema.ts';
import { type SessionRecord, toSessionRecord, toStoredSession } from './session-record.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

const dayMilliseconds = 24 * 60 * 60 * 1000;
const unavailableMessage = 'Your answer was not saved. Please try again.';

export interface DurableObjectSessionStoreOptions {
  sessions: WorkerEnvironment['SESSIONS'];
  index: WorkerEnvironment['SESSION_INDEX'];
  /** One DeliveryClaimObject per claimed key (see delivery-claim-object.ts for why). */
  deliveries: WorkerEnvironment['DELIVERY_CLAIMS'];
  /** Sessions not updated for this many days are erased by their object's alarm; unset keeps them. */
  retentionDays?: number | undefined;
}

/**
 * The Workers `SessionStore`: every call about a session goes to that session's own Durable Object
 * (`idFromName(sessionId)`), which orders and persists it; the index object only answers `list`.
 * The session object is written first, then the index, so the index may briefly lag a write and
 * never runs ahead of one (`delete` also clears an index entry whose session is already gone).
 * The index update is awaited before `save` returns, although the session object retains by its
 * own alarm: `list` must show a save as soon as it returns (the contract), and a retention sweep
 * by `list` (`purgeExpiredSessions`) would erase a session whose newer save the index missed. A
 * background update lost with its isolate would leave that gap until the session's next save.
 */
export function createDurableObjectSessionStore(options: DurableObjectSessionStoreOptions): SessionStore {
  const { sessions, index, deliveries } = options;
  const session = (id: string) => sessions.get(sessions.idFromName(id));
  const delivery = (key: string) => deliveries.get(deliveries.idFromName(key));
  const sessionIndex = () => index.get(index.idFromName(sessionIndexName));
  // The agency's records (a registered system's assessments, signed ones) never expire.
  const expiresAt = (updatedAt: string, data: unknown): number | null =>
    options.retentionDays === undefined || isAgencyRecord(data)
      ? null
      : Date.parse(updatedAt) + options.retentionDays * dayMilliseconds;

  return {
    async create(newSession, initialLog) {
      const record = toSessionRecord(newSession);
      const rows = serializeLogAppend(initialLog);
      const created = await guard<CreateRecordResult>(() =>
        session(record.id).create(record, expiresAt(record.updatedAt, newSession.data), rows),
      );
      if (!created.success) throw new AppError('conflict', 'A session with that id already exists.');
      const stored = toStoredSession(record);
      await guard(() => sessionIndex().record(summaryOf(stored)));
      return stored;
    },

    async load(id) {
      const record = await guard<SessionRecord | null>(() => session(id).load());
      return record === null ? undefined : toStoredSession(record);
    },

    async save(id, data, { expectedRevision, updatedAt, append, processed }): Promise<SaveResult> {
      const dataJson = JSON.stringify(data ?? null);
      const rows = serializeLogAppend(append);
      const parsedTime = Date.parse(updatedAt);
      // A time that does not parse leaves the records to the cap alone.
      const recordedAt = Number.isNaN(parsedTime) ? null : parsedTime;
      const processedRows: ProcessedRow[] = processedRecordsOf({ processed }).map((entry) => ({
        messageId: entry.messageId,
        fingerprint: entry.fingerprint,
        reply: JSON.stringify(entry.reply ?? null),
        recordedAt,
      }));
      const saveOptions = { expectedRevision, updatedAt, expiresAt: expiresAt(updatedAt, data) };
      // Rpc stubs type a union result as a union of promises: name the result type once here.
      const result = await guard<SaveRecordResult>(() =>
        session(id).save(dataJson, saveOptions, rows, processedRows),
      );
      if (!result.success) return result;
      const { revision, owner } = result;
      await guard(() => sessionIndex().record({ id, revision, updatedAt, owner }));
      return { success: true, revision };
    },

    async loadLog(id) {
      const rows = await guard<LogRow[] | null>(() => session(id).loadLog());
      if (rows === null) return undefined;
      const log: SessionLog = { transcript: [], audit: [] };
      for (const row of rows) log[row.kind].push(JSON.parse(row.entry));
      return log;
    },

    async findProcessed(id, messageId) {
      const row = await guard<Omit<ProcessedRow, 'recordedAt'> | null>(() =>
        session(id).findProcessed(messageId),
      );
      return row === null
        ? undefined
        : { fingerprint: row.fingerprint, reply: JSON.parse(row.reply) as unknown };
    },

    async delete(id) {
      const erased = await guard<boolean>(() => session(id).erase());
      await guard(() => sessionIndex().remove(id));
      return erased;
    },

    async list(listOptions = {}): Promise<SessionSummary[]> {
      return guard<SessionSummary[]>(() =>
        sessionIndex().list({ updatedBefore: listOptions.updatedBefore, limit: listOptions.limit }),
      );
    },

    async claimDelivery(key, claimOptions) {
      return guard<DeliveryClaim>(() => delivery(key).claim(claimOptions));
    },

    async completeDelivery(key, at) {
      await guard(() => delivery(key).complete(at));
    },

    async bindChatSession(key, sessionId) {
      return guard<string>(() => sessionIndex().bindChatSession(key, sessionId));
    },
  };
}

function summaryOf(session: ReturnType<typeof toStoredSession>): SessionSummary {
  return { id: session.id, revision: session.revision, updatedAt: session.updatedAt, owner: session.owner };
}

/**
 * A Durable Object call that throws (object overloaded, reset by a deploy, storage failure) means
 * the operation may not have happened; the user can retry, and the revision check keeps that safe.
 */
async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new AppError('store-unavailable', unavailableMessage, { cause: error });
  }
}
