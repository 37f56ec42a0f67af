import type { z } from 'zod';
import type { AppError, Result } from '../app-error.ts';
import type { Answers } from '../questionnaires/answers.ts';
import type { DeliveryClaim } from '../sessions/session-store.ts';
import type { Reply } from './reply.ts';
import type { NoteMatch, NoteSearch } from './search-notes.ts';
import type { sessionExportSchema, TranscriptEntry } from './session-data.ts';
import type { TurnInput } from './turn-input.ts';

export type { DeliveryClaim } from '../sessions/session-store.ts';
export type { NoteMatch, NoteSearch } from './search-notes.ts';
export type { TranscriptEntry } from './session-data.ts';

export interface SessionView {
  sessionId: string;
  state: string;
  transcript: TranscriptEntry[];
  /** Keyed by questionnaire id. */
  answers: Record<string, { definitionId: string; version: string; answers: Answers }>;
}

export type ReportFormat = 'json' | 'md' | 'html' | 'docx';
export interface RenderedReport {
  contentType: string;
  /** Text for JSON, Markdown and HTML; the bytes of a Word file (a ZIP) for docx. */
  body: string | Uint8Array<ArrayBuffer>;
  fileName: string;
}

export type SessionOwner = { organisationId: string; userId: string } | null;

export type TurnOptions = {
  /**
   * The caller's access check, made on the turn's own read of the session (under its lock) before
   * anything else, so one read serves both and the session checked is the session changed. An
   * error refuses the turn with it; undefined lets it go on.
   */
  checkOwner?: ((owner: SessionOwner) => AppError | undefined) | undefined;
};
export type SessionExport = z.infer<typeof sessionExportSchema>;

/**
 * The one conversation core every channel (HTTP, web, terminal, Slack, Mattermost, Teams, Workers)
 * talks to. Implemented in src/conversation/create-assistant.ts.
 */
export interface Assistant {
  /** Creates a session (with a fresh random id unless `sessionId` is given) and returns the greeting. */
  createSession(options?: {
    sessionId?: string;
    owner?: SessionOwner;
    at?: string;
  }): Promise<Result<{ sessionId: string; reply: Reply }>>;
  /** Applies one user turn; the new state is saved before this resolves. */
  handleTurn(input: TurnInput, options?: TurnOptions): Promise<Result<Reply>>;
  getSession(sessionId: string): Promise<Result<SessionView>>;
  deleteSession(sessionId: string): Promise<Result<{ deleted: true }>>;
  /** Who owns the session, for access checks before any other call (null: no owner recorded). */
  ownerOf(sessionId: string): Promise<Result<SessionOwner>>;
  /** Everything held about a session, as one JSON document that `importSession` accepts back. */
  exportSession(sessionId: string): Promise<Result<SessionExport>>;
  /**
   * Restores an exported session (format version 2, or 1 from earlier releases) under a fresh id;
   * its answers give the same results as before. States no conversation could reach are refused;
   * who imported it, when and the file's SHA-256 (over `receivedBytes`, the exact bytes `document`
   * was parsed from, else over its JSON text) are recorded, and the file's own account of who
   * answered is kept as a claim.
   */
  importSession(
    document: unknown,
    options?: { owner?: SessionOwner; at?: string; receivedBytes?: Uint8Array },
  ): Promise<Result<{ sessionId: string }>>;
  /** The session's notes and evidence whose text or question has every word of the query. */
  searchNotes(sessionId: string, search: NoteSearch): Promise<Result<NoteMatch[]>>;
  /** The report of a completed (or in-progress) questionnaire; the latest one if no id is given. */
  report(
    sessionId: string,
    options: { questionnaireId?: string; format: ReportFormat },
  ): Promise<Result<RenderedReport>>;
  /**
   * Claims a platform delivery (an event id, a replayed request, a single-use button) durably
   * before acting on it, so one delivery gives one reply across retries, restarts and processes.
   * Of concurrent claims of one key exactly one is claimed; an unfinished claim older than
   * `leaseMs` may be taken over; a completed one is refused until `keepMs` has passed.
   */
  claimDelivery(key: string, options: { leaseMs: number; keepMs: number }): Promise<Result<DeliveryClaim>>;
  /** Marks a claimed delivery done: later claims of the key answer 'completed'. */
  completeDelivery(key: string): Promise<Result<null>>;
  /**
   * The session id bound to a client's chat key (`SessionStore.bindChatSession`): `sessionId` if
   * the key was new, else the one bound first. Creating that session is the caller's next step.
   */
  bindChatSession(key: string, sessionId: string): Promise<Result<string>>;
}
