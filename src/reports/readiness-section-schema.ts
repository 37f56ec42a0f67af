import { z } from 'zod';
import { passageReferenceSchema } from './report-parts-schema.ts';

/** A readiness band over the percentage: the lower edge is included, the upper one only for the top band. */
export const readinessBandSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    meaning: z.string().nullable(),
    fromPercent: z.number(),
    toPercent: z.number(),
    upperInclusive: z.boolean(),
  })
  .strict();
export type ReadinessBand = z.infer<typeof readinessBandSchema>;

/** One shown question of a dimension: its answer and the points it earned ("3 of 4"). */
export const readinessQuestionSchema = z
  .object({
    questionId: z.string(),
    prompt: z.string(),
    answer: z.string(),
    points: z.string(),
    note: z.string().nullable(),
  })
  .strict();
export type ReadinessQuestion = z.infer<typeof readinessQuestionSchema>;

export const readinessDimensionSchema = z
  .object({
    sectionId: z.string(),
    title: z.string(),
    percent: z.number(),
    points: z.number(),
    maxPoints: z.number(),
    level: z.object({ id: z.string(), label: z.string() }).strict(),
    /** "Developing: from 5 to under 10 points". */
    band: z.string(),
    answered: z.number().int(),
    shown: z.number().int(),
    open: z.number().int(),
    /** The recommendations for the dimension's level, pointing to the Roadmap's areas by title. */
    nextSteps: z.array(
      z
        .object({ text: z.string(), passages: z.array(passageReferenceSchema), readMore: z.string() })
        .strict(),
    ),
    /** How the points were earned: every shown question with its answer and points. */
    questions: z.array(readinessQuestionSchema),
  })
  .strict();
export type ReadinessDimension = z.infer<typeof readinessDimensionSchema>;

export const readinessSectionSchema = z
  .object({
    kind: z.literal('readiness'),
    overall: z
      .object({
        percent: z.number(),
        level: z.object({ id: z.string(), label: z.string(), meaning: z.string().nullable() }).strict(),
        bands: z.array(readinessBandSchema),
      })
      .strict(),
    dimensions: z.array(readinessDimensionSchema),
    /** Every dimension's section id, lowest percent first (ties in definition order). */
    weakest: z.array(z.string()),
  })
  .strict();
export type ReadinessSection = z.infer<typeof readinessSectionSchema>;
