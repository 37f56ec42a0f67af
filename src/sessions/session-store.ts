/**
 * Where sessions live. Every implementation (memory, SQLite, Durable Object) passes the same
 * contract suite in tests/sessions/session-store-contract.ts.
 *
 * A session is a small state blob (`data`, rewritten on every save) plus an append-only log
 * (transcript and audit entries, never rewritten) and the replies to recent client message ids.
 * Entries and data are opaque to the store: the conversation layer owns their shape and validates
 * them on load.
 */
export interface StoredSession {
  id: string;
  /** Increases by one on every successful save; used for optimistic concurrency. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** Access control: the owning organisation and user, when access control is on. */
  owner: { organisationId: string; userId: string } | null;
  data: unknown;
}

export type SaveResult =
  | { success: true; revision: number }
  | { success: false; reason: 'conflict'; currentRevision: number }
  | { success: false; reason: 'not-found' };

export interface SessionSummary {
  id: string;
  revision: number;
  updatedAt: string;
  owner: StoredSession['owner'];
}

/** Entries to add at the end of a session's log, oldest first. */
export interface SessionLogAppend {
  transcript?: readonly unknown[] | undefined;
  audit?: readonly unknown[] | undefined;
}

/** A session's whole log, in append order. */
export interface SessionLog {
  transcript: unknown[];
  audit: unknown[];
}

/** The reply given to one client message id, so a retry is answered without applying it again. */
export interface ProcessedMessage {
  messageId: string;
  /** What the message said, so the same id reused for a different message can be refused. */
  fingerprint: string;
  reply: unknown;
}

export interface SaveOptions {
  expectedRevision: number;
  updatedAt: string;
  append?: SessionLogAppend | undefined;
  /**
   * Recorded with the save at `updatedAt`; a record with the same message id is replaced. Several
   * when a version-1 blob's inline records move out with the turn's own (the turn's last).
   */
  processed?: ProcessedMessage | readonly ProcessedMessage[] | undefined;
}

/**
 * How long a session keeps the reply to a client message id, so a late retry is answered from the
 * record instead of being applied again. Clients retry within minutes (Slack: at once, then after
 * about 1 and 5 minutes; the web page on reconnect), an offline client perhaps hours later: a day
 * covers them. The save that adds a record prunes those older than `milliseconds` (measured on
 * the saves' `updatedAt`) and keeps at most the newest `limit`, so a session's records stay
 * bounded however busy it is: 500 is several complete walkthroughs of both questionnaires in
 * one day, and a record is written once, so a generous cap costs nothing per turn.
 */
export const processedMessageRetention = { milliseconds: 24 * 60 * 60 * 1000, limit: 500 } as const;

/** The outcome of claiming a platform delivery before acting on it. */
export type DeliveryClaim = { claimed: true } | { claimed: false; reason: 'completed' | 'in-progress' };

export interface ClaimDeliveryOptions {
  /** Now, ISO 8601. */
  at: string;
  /** An unfinished claim at least this old may be taken over (its owner died mid-way). */
  leaseMs: number;
  /**
   * How long the record is kept after the claim (and after its completion): the platform's retry
   * or replay window. Never less than `leaseMs`. Expired records are pruned.
   */
  keepMs: number;
}

/** The records a save carries, oldest first (`SaveOptions.processed` takes one or several). */
export function processedRecordsOf(options: Pick<SaveOptions, 'processed'>): readonly ProcessedMessage[] {
  const { processed } = options;
  if (processed === undefined) return [];
  return isProcessedList(processed) ? processed : [processed];
}

function isProcessedList(
  processed: ProcessedMessage | readonly ProcessedMessage[],
): processed is readonly ProcessedMessage[] {
  return Array.isArray(processed);
}

export interface SessionStore {
  /** Creates a session at revision 0 with an optional first log; fails if the id exists. */
  create(session: Omit<StoredSession, 'revision'>, initialLog?: SessionLogAppend): Promise<StoredSession>;
  /**
   * The session as stored, its own copy per load. Callers treat it as read-only (the conversation
   * layer keeps a blob it validated, frozen, for the next turn on the same revision). `data` may be
   * parsed on first read (stored-session-from-json.ts): a caller holding the blob pays for the row only.
   */
  load(id: string): Promise<StoredSession | undefined>;
  /**
   * Saves only if the stored revision still equals `expectedRevision`; returns the new revision.
   * The blob, the appended log entries and the processed records are written atomically: all of
   * them or, on a conflict or failure, none.
   */
  save(id: string, data: unknown, options: SaveOptions): Promise<SaveResult>;
  /** The session's transcript and audit in append order; undefined for an unknown id. */
  loadLog(id: string): Promise<SessionLog | undefined>;
  /** The recorded reply to a client message id, if it is still kept (`processedMessageRetention`). */
  findProcessed(id: string, messageId: string): Promise<Omit<ProcessedMessage, 'messageId'> | undefined>;
  /** Erases everything held about the session, log included. False if there was nothing to erase. */
  delete(id: string): Promise<boolean>;
  /** Sessions, oldest update first; `updatedBefore` filters for retention. */
  list(options?: { updatedBefore?: string; limit?: number }): Promise<SessionSummary[]>;
  /**
   * Claims a platform delivery (a Slack event id, a replayed request, a single-use button) before
   * acting on it. The key belongs to no session. Atomic: of concurrent claims of one key exactly
   * one is `claimed: true`, across processes too. Records past their keep time are pruned.
   */
  claimDelivery(key: string, options: ClaimDeliveryOptions): Promise<DeliveryClaim>;
  /** Marks a claimed delivery done, so later claims answer 'completed' until it expires. */
  completeDelivery(key: string, at: string): Promise<void>;
  /**
   * The session a client's own chat id names (the `useChat` chat id; `key` is a hash of it and
   * the caller): binds `sessionId` if the key is new, else returns the session bound before.
   * Atomic: of concurrent binds of one key, all get the first one's session. Deleting a session
   * deletes its bindings. The session itself is not created here.
   */
  bindChatSession(key: string, sessionId: string): Promise<string>;
}
