import { z } from 'zod';
import { conversationStateSchema } from '../machines/conversation-machine.ts';
import { actorSchema } from '../questionnaires/answers.ts';
import { appliedPackSchema } from '../questionnaires/applied-pack.ts';
import { quickReplySchema, replyMessageSchema, replySchema } from './reply.ts';

/**
 * Set on every entry that came from an imported file: what the file says was said, never shown as
 * RAIA's own words (see import-session.ts). RAIA never writes `false`.
 */
const importedSchema = z.literal(true).optional();

export const transcriptEntrySchema = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('user'),
    at: z.string(),
    text: z.string(),
    action: z.string().optional(),
    actor: actorSchema.optional(),
    imported: importedSchema,
  }),
  z.object({
    role: z.literal('assistant'),
    at: z.string(),
    messages: z.array(replyMessageSchema),
    imported: importedSchema,
  }),
]);

/** One questionnaire in progress or done; the version pins the definition it was answered against. */
export const assessmentRecordSchema = z.object({
  definitionId: z.string(),
  version: z.string(),
  /** The framework packs composed into the walkthrough, by exact version (absent: none). */
  packs: z.array(appliedPackSchema).optional(),
  /** Persisted walkthrough snapshot (see machines/persist-walkthrough.ts). */
  snapshot: z.unknown(),
});
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

/**
 * Who changed which answer and when; never the answer text itself. Entries an imported file
 * carried are kept as the file's claims (`imported: true`), after which RAIA records its own
 * `imported` entry naming who imported it.
 */
export const auditEntrySchema = z.object({
  at: z.string(),
  actor: actorSchema.optional(),
  questionnaireId: z.string(),
  questionId: z.string().nullable(),
  event: z.enum([
    'answered',
    'changed',
    'skipped',
    'proposed-by-model',
    /** RAIA read typed words loosely (keywords, number words) and asked the person to confirm. */
    'proposed-by-reading',
    'proposal-confirmed',
    'proposal-rejected',
    'submitted',
    'reopened',
    'restarted',
    'imported',
    'note-added',
    'note-changed',
    'note-cleared',
    'signed-off',
    'comment-added',
    'assigned',
    'assignment-cleared',
    /** A carried-over answer the person kept (its question shown to them first). */
    'carried-over-confirmed',
    'reassessment-started',
    /** The decision at the end of a risk assessment, recorded or replaced (never its reasons). */
    'decision-recorded',
    /** A reopened or restarted questionnaire's decision, withdrawn with the turn that reopened it. */
    'decision-cleared',
  ]),
  imported: importedSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

/** The reply given to one client message id (kept by the store, see `SessionStore.findProcessed`). */
export const processedMessageSchema = z.object({
  messageId: z.string(),
  fingerprint: z.string(),
  reply: replySchema,
});

export const sessionOwnerSchema = z.object({ organisationId: z.string(), userId: z.string() });

/**
 * How a session came in from a file: who imported it, when, and the SHA-256 of the file, beside
 * what the file claims. RAIA vouches for the first three only.
 */
export const sessionImportSchema = z
  .object({
    at: z.string(),
    /** The importing principal when access control is on; null: an anonymous import. */
    importedBy: sessionOwnerSchema.nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** `received-bytes`: the file exactly as uploaded (what `sha256sum` gives for it). */
    hashedOver: z.enum(['received-bytes', 'parsed-json']),
    claims: z
      .object({
        exportedAt: z.string(),
        /** Who the file names as answerers, per questionnaire: unverified. */
        answeredBy: z.array(z.object({ questionnaireId: z.string(), names: z.array(z.string()) }).strict()),
      })
      .strict(),
  })
  .strict();
export type SessionImport = z.infer<typeof sessionImportSchema>;

/**
 * Words typed at a question that were not recorded (refused, or waiting as a proposal): kept
 * until the next turn, so "Keep my text as a note" can keep them instead of losing them.
 */
export const unrecordedTextSchema = z
  .object({ questionnaireId: z.string(), questionId: z.string(), text: z.string() })
  .strict();
export type UnrecordedText = z.infer<typeof unrecordedTextSchema>;

/** A reviewer's decision on a completed assessment; once recorded, the assessment is frozen. */
export const signOffDecisionSchema = z.enum(['approved', 'approved-with-conditions', 'rejected']);
export type SignOffDecision = z.infer<typeof signOffDecisionSchema>;

export const signOffRecordSchema = z
  .object({
    questionnaireId: z.string(),
    decision: signOffDecisionSchema,
    note: z.string().max(4000),
    signatory: actorSchema,
    /** The role the signatory signed in (register/roles.ts): always a reviewer today. */
    role: z.string(),
    at: z.string(),
    /**
     * SHA-256, hex, of the RFC 8785 (JCS) JSON of `{ definitionId, version, answers, notes, result }`
     * (plus `decision` when one was recorded) at sign-off: printed on the report, so a filed copy
     * can be checked against the record.
     */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    definitionId: z.string(),
    version: z.string(),
    /** Came in with an imported file: the file's account of a sign-off, which RAIA did not see made. */
    imported: importedSchema,
  })
  .strict();
export type SignOffRecord = z.infer<typeof signOffRecordSchema>;

/**
 * Answers brought over from a signed assessment into its reassessment. They wait here, shown at
 * their question to keep or change, and count for nothing until the person confirms them: nothing
 * is recorded that the person did not see.
 */
export const carriedOverSchema = z
  .object({
    fromSessionId: z.string(),
    questionnaireId: z.string(),
    fromVersion: z.string(),
    toVersion: z.string(),
    /** When the assessment they come from was signed off. */
    signedAt: z.string().nullable(),
    answers: z.record(z.string(), z.object({ value: z.unknown(), answeredAt: z.string() }).passthrough()),
    /** Questions answered before whose ids or answers the newer version no longer has. */
    dropped: z.array(z.string()),
  })
  .strict();
export type CarriedOver = z.infer<typeof carriedOverSchema>;

/** What the agency decided at the end of a risk assessment; part of what a sign-off vouches for. */
export const assessmentDecisionSchema = z.enum([
  'proceed',
  'proceed-with-conditions',
  'rescope',
  'do-not-deploy',
]);
export type AssessmentDecision = z.infer<typeof assessmentDecisionSchema>;

export const decisionRecordSchema = z
  .object({
    decision: assessmentDecisionSchema,
    /** Trimmed; empty only for `proceed`, the one decision that needs no reasons. */
    reasons: z.string().max(4000),
    decidedBy: actorSchema.nullable(),
    at: z.string(),
    /** Came in with an imported file: the file's claim, which RAIA did not see made. */
    imported: z.literal(true).optional(),
  })
  .strict()
  .refine((record) => record.decision === 'proceed' || record.reasons.trim() !== '', {
    message: 'every decision but proceed needs its reasons',
    path: ['reasons'],
  });
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

export const questionCommentSchema = z
  .object({
    id: z.string(),
    questionnaireId: z.string(),
    questionId: z.string(),
    author: actorSchema.nullable(),
    at: z.string(),
    text: z.string().min(1).max(4000),
  })
  .strict();
export type QuestionComment = z.infer<typeof questionCommentSchema>;

/** "Ask the DPO": a question waiting for a named person; resolved when anyone answers it. */
export const questionAssignmentSchema = z
  .object({
    questionnaireId: z.string(),
    questionId: z.string(),
    assignee: z.object({ id: z.string().min(1), name: z.string().optional() }).strict(),
    assignedBy: actorSchema.nullable(),
    at: z.string(),
  })
  .strict();
export type QuestionAssignment = z.infer<typeof questionAssignmentSchema>;

/**
 * The state blob, rewritten on every save, so it holds only what the next turn needs. The
 * transcript, the audit log and the replies to recent message ids grow with every turn and live
 * in the store's append-only log instead (`SessionStore.save` options `append` and `processed`).
 * Version 1 blobs carried them inline: see legacy-session-data.ts.
 */
export const sessionDataSchema = z.object({
  schemaVersion: z.literal(2),
  conversation: z.object({
    state: conversationStateSchema,
    activeQuestionnaireId: z.string().nullable(),
  }),
  assessments: z.record(z.string(), assessmentRecordSchema),
  /** One-off notices already shown (e.g. that the model is unavailable), so each is said once. */
  notices: z.array(z.string()),
  /** The buttons last offered, so a clicked action can be shown in the transcript by its label. */
  lastQuickReplies: z.array(quickReplySchema),
  /** Set when the session was imported from a file (at most one: each import makes a new session). */
  imports: z.array(sessionImportSchema).optional(),
  unrecordedText: unrecordedTextSchema.optional(),
  /** The registered AI system this session assesses (register/), when it belongs to one. */
  systemId: z.string().optional(),
  /** Sign-offs by questionnaire id; a signed questionnaire's answers, notes and status are frozen. */
  signOffs: z.record(z.string(), signOffRecordSchema).optional(),
  carriedOver: carriedOverSchema.optional(),
  comments: z.array(questionCommentSchema).optional(),
  /** Open assignments only: answering the question removes its assignment. */
  assignments: z.array(questionAssignmentSchema).optional(),
  /** The decision at the end of each completed risk questionnaire, by questionnaire id; the latest only. */
  decisions: z.record(z.string(), decisionRecordSchema).optional(),
});
export type SessionData = z.infer<typeof sessionDataSchema>;

/** The portable form of a session: its state and its whole log. Export it, keep it, import it back. */
export const sessionExportSchema = z.object({
  format: z.literal('raia-session-export'),
  formatVersion: z.literal(2),
  exportedAt: z.string(),
  session: z.object({
    id: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    owner: sessionOwnerSchema.nullable(),
    data: sessionDataSchema,
    transcript: z.array(transcriptEntrySchema),
    audit: z.array(auditEntrySchema),
  }),
});

/** A questionnaire's record by id: own properties only, so an id such as `constructor` finds nothing. */
export function findAssessment(data: SessionData, questionnaireId: string): AssessmentRecord | undefined {
  return Object.hasOwn(data.assessments, questionnaireId) ? data.assessments[questionnaireId] : undefined;
}

export function createEmptySessionData(): SessionData {
  return {
    schemaVersion: 2,
    conversation: { state: 'menu', activeQuestionnaireId: null },
    assessments: {},
    notices: [],
    lastQuickReplies: [],
  };
}
