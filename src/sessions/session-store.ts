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
  /** Recorded with the save; a record with the same message id is replaced. */
  processed?: ProcessedMessage | undefined;
}

/**
 * How many processed-message records a session keeps; older ones are pruned by the save that adds
 * a record. Retries come within minutes (Slack: at once, then after about 1 and 5 minutes), far
 * fewer turns than this; a record is written once, so a generous window costs nothing per turn.
 */
export const processedMessageLimit = 50;

export interface SessionStore {
  /** Creates a session at revision 0 with an optional first log; fails if the id exists. */
  create(session: Omit<StoredSession, 'revision'>, initialLog?: SessionLogAppend): Promise<StoredSession>;
  load(id: string): Promise<StoredSession | undefined>;
  /**
   * Saves only if the stored revision still equals `expectedRevision`; returns the new revision.
   * The blob, the appended log entries and the processed record are written atomically: all of
   * them or, on a conflict or failure, none.
   */
  save(id: string, data: unknown, options: SaveOptions): Promise<SaveResult>;
  /** The session's transcript and audit in append order; undefined for an unknown id. */
  loadLog(id: string): Promise<SessionLog | undefined>;
  /** The recorded reply to a client message id, if it is among the last `processedMessageLimit`. */
  findProcessed(id: string, messageId: string): Promise<Omit<ProcessedMessage, 'messageId'> | undefined>;
  /** Erases everything held about the session, log included. False if there was nothing to erase. */
  delete(id: string): Promise<boolean>;
  /** Sessions, oldest update first; `updatedBefore` filters for retention. */
  list(options?: { updatedBefore?: string; limit?: number }): Promise<SessionSummary[]>;
}
