import { z } from 'zod';
import { answersSchema } from '../questionnaires/answers.ts';
import { questionNotesSchema } from '../questionnaires/question-notes.ts';
import { assessmentResultSchema } from '../scoring/result-schema.ts';
import { legalFrameworkSchema } from './legal-frameworks-schema.ts';
import { readinessSectionSchema } from './readiness-section-schema.ts';
import { reportChangesSchema } from './report-changes-schema.ts';
import { decisionOutcomesSchema, reportDecisionSchema } from './report-decision-schema.ts';
import { reportFrameworkSchema } from './report-frameworks-schema.ts';
import { answerRowSchema, openItemRowSchema, signOffSchema } from './report-parts-schema.ts';
import { riskSectionSchema } from './risk-section-schema.ts';

/** The title page: what a filed record names. A null field prints as a line to fill in. */
export const reportRecordSchema = z
  .object({
    agency: z.string().nullable(),
    /** Null for an organisational (readiness) assessment, which is about no one system. */
    system: z
      .object({
        name: z.string().nullable(),
        owner: z.string().nullable(),
        lifecycleStage: z.string().nullable(),
      })
      .strict()
      .nullable(),
    /** The people RAIA saw answer; never the names an imported file claims. */
    assessors: z.array(z.string()),
    /** Each import in words: who imported which file when, and whom the file names (unverified). */
    imports: z.array(z.string()),
    generated: z
      .object({
        /** ISO 8601, as given. */
        at: z.string(),
        /** "1 December 2026, 18:26 UTC". */
        text: z.string(),
        /** YYYY-MM-DD in the report's time zone. */
        date: z.string(),
        timeZone: z.string(),
      })
      .strict(),
    questionnaire: z.object({ id: z.string(), version: z.string(), title: z.string() }).strict(),
    sessionId: z.string().nullable(),
  })
  .strict();
export type ReportRecord = z.infer<typeof reportRecordSchema>;

export const reportStatusSchema = z
  .object({
    /** True while any required question is open: every format then marks the report DRAFT. */
    draft: z.boolean(),
    openRequired: z.number().int().min(0),
    /** "DRAFT: 12 required questions are still open …" or "Complete: …". */
    text: z.string(),
    /** The short mark repeated on every page or before every section of a draft; "" when final. */
    mark: z.string(),
  })
  .strict();
export type ReportStatus = z.infer<typeof reportStatusSchema>;

/**
 * Everything a report says, once: HTML, Markdown, JSON and Word render only this, so every
 * format carries the same content. Ids (question, risk, passage, session) are here for machines;
 * only the JSON prints them, the other formats name things by title.
 */
export const reportModelSchema = z
  .object({
    /** "Risk assessment of an AI system: CCTV face match". */
    title: z.string(),
    record: reportRecordSchema,
    status: reportStatusSchema,
    disclaimer: z.string(),
    /** Plain sentences, most important first. */
    summary: z.array(z.string()).min(1),
    /** A reassessment's changes since the assessment it started from; absent on a first assessment. */
    changes: reportChangesSchema.optional(),
    /** A risk report's decision (null: none recorded yet); absent from a readiness report. */
    decision: reportDecisionSchema.nullable().optional(),
    /** Beside the decision: the Toolkit's risk levels and each pack's headline; only when packs apply. */
    decisionOutcomes: decisionOutcomesSchema.optional(),
    assessment: z.discriminatedUnion('kind', [riskSectionSchema, readinessSectionSchema]),
    /** The framework packs that apply (a risk report's "Legal frameworks"); absent when none does. */
    legalFrameworks: z.array(legalFrameworkSchema).optional(),
    openItems: z.array(openItemRowSchema),
    answers: z.array(answerRowSchema),
    signOff: z.array(signOffSchema),
    /** Where the questionnaire comes from (RAIA's rendering, not the official text). */
    source: z.string(),
    /** The answers and the result with its traces, so a JSON export can be re-scored and audited. */
    recorded: z
      .object({
        answers: answersSchema,
        notes: questionNotesSchema,
        result: assessmentResultSchema,
        /** Each pack's facts and result as given, so an audit can follow every outcome. */
        frameworks: z.array(reportFrameworkSchema).optional(),
      })
      .strict(),
  })
  .strict();
export type ReportModel = z.infer<typeof reportModelSchema>;
