/**
 * Where sessions live. Every implementation (memory, SQLite, Durable Object) passes the same
 * contract suite in tests/sessions/session-store-contract.ts.
 *
 * `data` is opaque to the store: the conversation layer owns its shape and validates it on load.
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

export interface SessionStore {
  /** Creates a session at revision 0; fails if the id exists. */
  create(session: Omit<StoredSession, 'revision'>): Promise<StoredSession>;
  load(id: string): Promise<StoredSession | undefined>;
  /** Saves only if the stored revision still equals `expectedRevision`; returns the new revision. */
  save(
    id: string,
    data: unknown,
    options: { expectedRevision: number; updatedAt: string },
  ): Promise<SaveResult>;
  /** Erases everything held about the session. Returns false if there was nothing to erase. */
  delete(id: string): Promise<boolean>;
  /** Sessions, oldest update first; `updatedBefore` filters for retention. */
  list(options?: { updatedBefore?: string; limit?: number }): Promise<SessionSummary[]>;
}
