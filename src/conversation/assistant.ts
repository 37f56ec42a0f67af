import type { z } from 'zod';
import type { AppError, Result } from '../app-error.ts';
import type { Actor, Answers } from '../questionnaires/answers.ts';
import type { AssessmentDiff } from '../reports/assessment-diff.ts';
import type { DeliveryClaim } from '../sessions/session-store.ts';
import type { OfferedDocument } from './framework-lines.ts';
import type { Reply } from './reply.ts';
import type { NoteMatch, NoteSearch } from './search-notes.ts';
import type {
  AssessmentDecision,
  DecisionRecord,
  QuestionAssignment,
  QuestionComment,
  SignOffDecision,
  SignOffRecord,
  sessionExportSchema,
  TranscriptEntry,
} from './session-data.ts';
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
  /** The agency process (issue 17): the system assessed, sign-offs, comments, open assignments. */
  review: SessionReview;
}

export interface SessionReview {
  systemId: string | null;
  /** Keyed by questionnaire id; a signed questionnaire is frozen. */
  signOffs: Record<string, SignOffRecord>;
  /** Oldest first, every questionnaire's. */
  comments: QuestionComment[];
  /** Questions waiting for a person: answering one removes its assignment. */
  assignments: QuestionAssignment[];
}

export type ReportFormat = 'json' | 'md' | 'html' | 'docx';
/** A document a framework pack drafts, e.g. `{ packId: 'eu-ai-act', documentId: 'fria' }`. */
export type PackDocumentReference = { packId: string; documentId: string };
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

/** Who acts, as recorded in the audit trail: the token's user or the platform's user; absent when anonymous. */
export type ActingPerson = { actor?: Actor | undefined; at?: string | undefined };

/** What the register shows of an assessment (its latest state), from the session. */
export interface AssessmentSummary {
  sessionId: string;
  questionnaireId: string;
  version: string;
  state: 'not-started' | 'in-progress' | 'completed' | 'signed-off';
  /** Risk: the highest residual level among rated risks (else inherent); readiness: the overall level. */
  level: { id: string; label: string; rank: number } | null;
  openItems: number;
  /** Questions waiting for an assigned person. */
  waiting: number;
  signOff: SignOffRecord | null;
  /** The decision recorded at the end of a risk assessment (its reasons stay in the session). */
  decision: { decision: AssessmentDecision; at: string } | null;
  /** Each framework pack that applies, with the headline printed beside the decision (none: empty). */
  frameworks: Array<{ packId: string; title: string; headline: string }>;
  /** The documents those packs draft for this system (the FRIA of a high-risk one), to download. */
  documents: OfferedDocument[];
  updatedAt: string;
}

/** `GET /api/sessions/:id/diff`: what changed from one assessment of a system to another. */
export type { AssessmentDiff } from '../reports/assessment-diff.ts';

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
    /** The registered system the session assesses; recorded in the session (not checked here). */
    systemId?: string;
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
  /**
   * The report of a completed (or in-progress) questionnaire; the latest one if no id is given.
   * With `document`, a framework pack's document instead (the EU AI Act's FRIA draft) as its own
   * file: not found when no pack of that id applies or it has no such document for this system.
   */
  report(
    sessionId: string,
    options: { questionnaireId?: string; format: ReportFormat; document?: PackDocumentReference },
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

  // The agency process (issue 17). Each change is saved, with its audit entry, before it resolves.
  /** The assessment's state for the register; the session's latest questionnaire unless one is named. */
  summarizeAssessment(sessionId: string, questionnaireId?: string): Promise<Result<AssessmentSummary>>;
  /** The system a session belongs to, if any (`createSession({ systemId })`, or a reassessment). */
  systemOf(sessionId: string): Promise<Result<string | null>>;
  /**
   * Signs off a completed questionnaire: records the decision, the signatory and the content hash,
   * and freezes it. Refused with `conflict` when it is not completed or was already signed off.
   */
  signOff(
    sessionId: string,
    request: ActingPerson & {
      questionnaireId?: string | undefined;
      decision: SignOffDecision;
      note: string;
      role: string;
    },
  ): Promise<Result<SignOffRecord>>;
  /**
   * A new session for the same system, on the newest version of the questionnaire, with the signed
   * session's answers carried over to confirm or change (`overrides` replace some first, e.g. the
   * register's current life-cycle stage). Refused with `conflict` unless the source is signed off.
   */
  reassess(
    signedSessionId: string,
    request: ActingPerson & {
      owner: SessionOwner;
      questionnaireId?: string | undefined;
      overrides?: Record<string, unknown> | undefined;
      /** A channel's own id for the new session (a team-chat thread's next one); random otherwise. */
      sessionId?: string | undefined;
    },
  ): Promise<Result<{ sessionId: string; reply: Reply; carried: number; dropped: string[] }>>;
  /** What changed between two sessions' assessments of one questionnaire (`against` is the earlier). */
  compareAssessments(
    sessionId: string,
    againstSessionId: string,
    questionnaireId?: string,
  ): Promise<Result<AssessmentDiff>>;
  /**
   * Records the decision at the end of a completed risk assessment, replacing any earlier one.
   * Refused with `conflict` when it is not a completed risk questionnaire or is signed off already.
   */
  recordDecision(
    sessionId: string,
    request: ActingPerson & {
      questionnaireId?: string | undefined;
      decision: AssessmentDecision;
      /** Required (after trimming) for every decision but `proceed`. */
      reasons: string;
    },
  ): Promise<Result<DecisionRecord>>;
  addComment(
    sessionId: string,
    request: ActingPerson & { questionnaireId?: string | undefined; questionId: string; text: string },
  ): Promise<Result<QuestionComment>>;
  /** Assigns a question to a person ("ask the DPO"), or clears its assignment with `assignee: null`. */
  assignQuestion(
    sessionId: string,
    request: ActingPerson & {
      questionnaireId?: string | undefined;
      questionId: string;
      assignee: { id: string; name?: string | undefined } | null;
    },
  ): Promise<Result<QuestionAssignment | null>>;
}
