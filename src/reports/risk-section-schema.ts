import { z } from 'zod';
import { principleIdSchema } from '../questionnaires/schema.ts';
import { passageReferenceSchema, questionRecordSchema } from './report-parts-schema.ts';

/** A level with what it means for the agency ("Needs safeguards before (further) use ..."). */
export const reportLevelSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    rank: z.number().int().min(0),
    meaning: z.string().nullable(),
  })
  .strict();
export type ReportLevel = z.infer<typeof reportLevelSchema>;

const principleSchema = z.object({ id: principleIdSchema, label: z.string() }).strict();

/** A likelihood or severity: its point on the scale (index from 0, for the matrix) and whether it was assumed. */
export const reportRatingSchema = z
  .object({ value: z.number(), label: z.string(), index: z.number().int().min(0), assumed: z.boolean() })
  .strict();

export const reportActionSchema = z
  .object({
    riskId: z.string(),
    riskTitle: z.string(),
    /** The risk's level after safeguards, which made the action suggested. */
    level: z.string(),
    text: z.string(),
    passages: z.array(passageReferenceSchema),
    /** The passages in words, by title: "" when there are none. */
    readMore: z.string(),
  })
  .strict();
export type ReportAction = z.infer<typeof reportActionSchema>;

export const ratedRiskSchema = z
  .object({
    /** Position in the ranking, from 1: the marker number in the charts. */
    number: z.number().int().positive(),
    riskId: z.string(),
    title: z.string(),
    principle: principleSchema,
    likelihood: reportRatingSchema,
    severity: reportRatingSchema,
    before: reportLevelSchema,
    after: reportLevelSchema,
    /** The safeguards answer in words ("Some safeguards are in place", "not answered yet"). */
    safeguards: z.string(),
    levelsLowered: z.number().int().min(0),
    /** "Likely (4) × Serious (4) gives High; the safeguards in place (…) lower it one level: Medium." */
    explanation: z.string(),
    /** What was assumed because someone answered "I don't know". */
    cautions: z.array(z.string()),
    questions: z.array(questionRecordSchema),
    actions: z.array(reportActionSchema),
  })
  .strict();
export type RatedRisk = z.infer<typeof ratedRiskSchema>;

export const unratedStatusSchema = z.enum(['not-applicable', 'not-relevant', 'open']);
export type UnratedStatus = z.infer<typeof unratedStatusSchema>;

export const unratedRiskSchema = z
  .object({
    riskId: z.string(),
    title: z.string(),
    principle: principleSchema,
    status: unratedStatusSchema,
    /** "Does not apply: … was answered No." */
    reason: z.string(),
    questions: z.array(questionRecordSchema),
  })
  .strict();
export type UnratedRisk = z.infer<typeof unratedRiskSchema>;

const axisSchema = z
  .object({ title: z.string(), points: z.array(z.object({ value: z.number(), label: z.string() }).strict()) })
  .strict();

export const riskSectionSchema = z
  .object({
    kind: z.literal('risk'),
    highestAfter: reportLevelSchema.nullable(),
    counts: z
      .object({
        risks: z.number().int(),
        rated: z.number().int(),
        notApplicable: z.number().int(),
        notRelevant: z.number().int(),
        open: z.number().int(),
      })
      .strict(),
    /** Lowest first, with what each means. */
    levels: z.array(reportLevelSchema),
    matrix: z
      .object({
        likelihood: axisSchema,
        severity: axisSchema,
        /** cells[likelihood index][severity index] = level id. */
        cells: z.array(z.array(z.string())),
      })
      .strict(),
    /** Most serious first. */
    rated: z.array(ratedRiskSchema),
    /** In definition order. */
    unrated: z.array(unratedRiskSchema),
    principlesAtStake: z.array(
      z.object({ principle: principleSchema, risks: z.array(z.string()), sentence: z.string() }).strict(),
    ),
    actions: z.array(reportActionSchema),
    thresholds: z.object({ actionsFrom: z.string(), atStakeFrom: z.string() }).strict(),
  })
  .strict();
export type RiskSection = z.infer<typeof riskSectionSchema>;
