import { z } from 'zod';
import { actorSchema, answersSchema } from '../questionnaires/answers.ts';
import { questionNotesSchema } from '../questionnaires/question-notes.ts';
import { questionnaireSchema } from '../questionnaires/schema.ts';
import { assessmentResultSchema } from '../scoring/result-schema.ts';
import { reportDecisionRecordSchema } from './report-decision-schema.ts';
import { reportFrameworkSchema } from './report-frameworks-schema.ts';

/** Answers that came from a file: what RAIA saw (who, when, the file's hash) and what the file claims. */
export const reportImportSchema = z
  .object({
    at: z.string(),
    /** The importing principal in words, or "anonymous import". */
    by: z.string(),
    sha256: z.string(),
    hashedOver: z.enum(['received-bytes', 'parsed-json']),
    /** Who the file names as answerers: its claim, never verified. */
    claimedAnswerers: z.array(z.string()),
  })
  .strict();
export type ReportImport = z.infer<typeof reportImportSchema>;

/** The sign-off RAIA recorded for the assessment: who, in which role, when, what they decided and signed. */
export const reportSignOffSchema = z
  .object({
    decision: z.enum(['approved', 'approved-with-conditions', 'rejected']),
    note: z.string(),
    signatory: actorSchema,
    role: z.string(),
    at: z.string(),
    contentHash: z.string(),
    /** The sign-off came in with an imported file: its account, not one RAIA saw made. */
    imported: z.literal(true).optional(),
  })
  .strict();
export type ReportSignOff = z.infer<typeof reportSignOffSchema>;

export const reportMetaSchema = z
  .object({
    sessionId: z.string().optional(),
    /** ISO 8601, injected by the caller so rendering stays pure and repeatable. */
    generatedAt: z.string().min(1),
    /** Names (or ids) of the people RAIA saw answer; never those an imported file names. */
    answeredBy: z.array(z.string()).optional(),
    systemName: z.string().optional(),
    imports: z.array(reportImportSchema).optional(),
    /** Set once the assessment is signed off (and so frozen); without it the sign-off lines stay empty. */
    signOff: reportSignOffSchema.optional(),
    /** The decision recorded at the end of a risk assessment; without it the report says none is. */
    decision: reportDecisionRecordSchema.optional(),
  })
  .strict();
export type ReportMeta = z.infer<typeof reportMetaSchema>;

/** Everything a report is made from: the definition, the answers, the computed result and who/when. */
export const reportBundleSchema = z
  .object({
    definition: questionnaireSchema,
    answers: answersSchema,
    /** The person's notes and evidence per question: shown beside the question, never scored. */
    notes: questionNotesSchema.optional(),
    result: assessmentResultSchema,
    meta: reportMetaSchema,
    /** The framework packs that apply to a risk assessment, each with its result; absent when none does. */
    frameworks: z.array(reportFrameworkSchema).optional(),
  })
  .strict();
export type ReportBundle = z.infer<typeof reportBundleSchema>;

export const reportDisclaimer =
  "This report supports, and does not replace, the agency's own legal and ethical review. Its figures come only from the answers recorded, through the rules of the questionnaire definition named above; no language model scored anything.";
