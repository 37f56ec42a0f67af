import { z } from 'zod';

/**
 * What changed from one assessment of a system to the next (`before` is the earlier, usually the
 * signed one a reassessment started from). Pure data, built by `diffAssessments` from the two
 * definitions, answer sets and results; shown by the API, the report and the team-chat channels.
 */
export const assessmentDiffSchema = z
  .object({
    questionnaireId: z.string(),
    before: z.object({ sessionId: z.string(), version: z.string() }).strict(),
    after: z.object({ sessionId: z.string(), version: z.string() }).strict(),
    /** Answers added, removed or changed, in the later definition's order (then removed ones). */
    answers: z.array(
      z
        .object({
          questionId: z.string(),
          prompt: z.string(),
          change: z.enum(['added', 'removed', 'changed']),
          /** The answer in words, as the report writes it; null when there was none. */
          before: z.string().nullable(),
          after: z.string().nullable(),
        })
        .strict(),
    ),
    /** Risks whose residual level (else inherent level) moved, appeared or went. Empty for readiness. */
    risks: z.array(
      z
        .object({
          riskId: z.string(),
          title: z.string(),
          direction: z.enum(['up', 'down', 'new', 'gone']),
          before: z.object({ id: z.string(), label: z.string(), rank: z.number() }).strict().nullable(),
          after: z.object({ id: z.string(), label: z.string(), rank: z.number() }).strict().nullable(),
        })
        .strict(),
    ),
    /** The overall level (highest risk level, or readiness level) before and after. */
    overall: z
      .object({
        before: z.object({ id: z.string(), label: z.string() }).strict().nullable(),
        after: z.object({ id: z.string(), label: z.string() }).strict().nullable(),
      })
      .strict(),
    openItems: z
      .object({
        opened: z.array(z.object({ questionId: z.string(), prompt: z.string() }).strict()),
        closed: z.array(z.object({ questionId: z.string(), prompt: z.string() }).strict()),
      })
      .strict(),
  })
  .strict();
export type AssessmentDiff = z.infer<typeof assessmentDiffSchema>;
