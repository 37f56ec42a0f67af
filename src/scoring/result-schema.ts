import { z } from 'zod';
import { principleIdSchema } from '../questionnaires/schema.ts';
import { traceEntrySchema } from './trace.ts';

export const openItemReasonSchema = z.enum(['unanswered', 'unsure', 'invalid']);
export type OpenItemReason = z.infer<typeof openItemReasonSchema>;

/** A question the report lists as still open: unanswered, answered "I don't know", or with an answer that does not fit. */
export const openItemSchema = z
  .object({ questionId: z.string(), sectionId: z.string(), prompt: z.string(), reason: openItemReasonSchema })
  .strict();
export type OpenItem = z.infer<typeof openItemSchema>;

/** Over the questions currently shown; `answered` includes "I don't know". */
export const answerCountsSchema = z
  .object({
    shown: z.number().int().min(0),
    answered: z.number().int().min(0),
    unsure: z.number().int().min(0),
    unanswered: z.number().int().min(0),
    percentAnswered: z.number().min(0).max(100),
  })
  .strict();
export type AnswerCounts = z.infer<typeof answerCountsSchema>;

/** A readiness band: the lower edge is inclusive, the upper edge exclusive except for the top band. */
export const percentBandSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    fromPercent: z.number(),
    toPercent: z.number(),
    upperInclusive: z.boolean(),
  })
  .strict();
export type PercentBand = z.infer<typeof percentBandSchema>;

/** The same band in the dimension's own points, so people can relate the edges to their score. */
export const pointsBandSchema = percentBandSchema
  .extend({ fromPoints: z.number(), toPoints: z.number() })
  .strict();
export type PointsBand = z.infer<typeof pointsBandSchema>;

export const dimensionResultSchema = z
  .object({
    sectionId: z.string(),
    title: z.string(),
    weight: z.number(),
    points: z.number(),
    maxPoints: z.number(),
    percent: z.number(),
    level: pointsBandSchema,
    bands: z.array(pointsBandSchema),
    counts: answerCountsSchema,
    openItems: z.array(openItemSchema),
    trace: z.array(traceEntrySchema),
  })
  .strict();
export type DimensionResult = z.infer<typeof dimensionResultSchema>;

export const nextStepSchema = z
  .object({ sectionId: z.string(), levelId: z.string(), text: z.string(), passages: z.array(z.string()) })
  .strict();
export type NextStep = z.infer<typeof nextStepSchema>;

export const readinessResultSchema = z
  .object({
    kind: z.literal('readiness'),
    definitionId: z.string(),
    definitionVersion: z.string(),
    dimensions: z.array(dimensionResultSchema),
    overall: z
      .object({
        percent: z.number(),
        level: percentBandSchema,
        bands: z.array(percentBandSchema),
        /** The dimensions averaged (those with something to score), with their weights. */
        weightedFrom: z.array(
          z.object({ sectionId: z.string(), percent: z.number(), weight: z.number() }).strict(),
        ),
      })
      .strict(),
    /** Section ids, lowest percent first; ties keep definition order. */
    weakestDimensions: z.array(z.string()),
    nextSteps: z.array(nextStepSchema),
    openItems: z.array(openItemSchema),
    counts: answerCountsSchema,
  })
  .strict();
export type ReadinessResult = z.infer<typeof readinessResultSchema>;

export const levelReferenceSchema = z
  .object({ id: z.string(), label: z.string(), rank: z.number().int().min(0) })
  .strict();
export type LevelReference = z.infer<typeof levelReferenceSchema>;

export const scaleRatingSchema = z
  .object({ value: z.number(), label: z.string(), index: z.number().int().min(0), unsure: z.boolean() })
  .strict();
export type ScaleRating = z.infer<typeof scaleRatingSchema>;

export const applicabilitySchema = z.enum(['yes', 'no', 'unsure', 'unanswered', 'not-relevant']);
export type Applicability = z.infer<typeof applicabilitySchema>;

export const riskFlagSchema = z.enum([
  'applicability-unsure',
  'likelihood-unsure',
  'severity-unsure',
  'mitigation-unsure',
  'mitigation-unanswered',
]);
export type RiskFlag = z.infer<typeof riskFlagSchema>;

export const mitigationResultSchema = z
  .object({
    status: z.enum(['answered', 'unsure', 'unanswered']),
    value: z.string().nullable(),
    label: z.string().nullable(),
    levelReduction: z.number().int().min(0),
  })
  .strict();

export const riskItemResultSchema = z
  .object({
    riskId: z.string(),
    title: z.string(),
    principle: principleIdSchema,
    instrumental: z.array(principleIdSchema),
    applicable: applicabilitySchema,
    /** Rated only when applicable is yes or unsure. */
    assessed: z.boolean(),
    likelihood: scaleRatingSchema.nullable(),
    severity: scaleRatingSchema.nullable(),
    inherentLevel: levelReferenceSchema.nullable(),
    mitigation: mitigationResultSchema.nullable(),
    residualLevel: levelReferenceSchema.nullable(),
    flags: z.array(riskFlagSchema),
    trace: z.array(traceEntrySchema),
  })
  .strict();
export type RiskItemResult = z.infer<typeof riskItemResultSchema>;

export const principleAtStakeSchema = z
  .object({
    principle: principleIdSchema,
    riskIds: z.array(z.string()),
    count: z.number().int(),
    weight: z.number(),
  })
  .strict();
export type PrincipleAtStake = z.infer<typeof principleAtStakeSchema>;

export const suggestedActionSchema = z
  .object({
    riskId: z.string(),
    level: levelReferenceSchema,
    text: z.string(),
    passages: z.array(z.string()),
  })
  .strict();
export type SuggestedAction = z.infer<typeof suggestedActionSchema>;

export const riskResultSchema = z
  .object({
    kind: z.literal('risk'),
    definitionId: z.string(),
    definitionVersion: z.string(),
    /** In definition order. */
    risks: z.array(riskItemResultSchema),
    /** Ids of rated risks: highest residual level first, then highest inherent level, then definition order. */
    ranking: z.array(z.string()),
    highestResidualLevel: levelReferenceSchema.nullable(),
    thresholds: z.object({ action: levelReferenceSchema, atStake: levelReferenceSchema }).strict(),
    principlesAtStake: z.array(principleAtStakeSchema),
    suggestedActions: z.array(suggestedActionSchema),
    openItems: z.array(openItemSchema),
    counts: answerCountsSchema,
    completeness: z
      .object({
        risks: z.number().int(),
        notRelevant: z.number().int(),
        notApplicable: z.number().int(),
        awaitingApplicability: z.number().int(),
        assessed: z.number().int(),
        rated: z.number().int(),
      })
      .strict(),
  })
  .strict();
export type RiskResult = z.infer<typeof riskResultSchema>;

export const assessmentResultSchema = z.discriminatedUnion('kind', [readinessResultSchema, riskResultSchema]);
export type AssessmentResult = z.infer<typeof assessmentResultSchema>;
