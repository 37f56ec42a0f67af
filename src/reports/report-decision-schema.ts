import { z } from 'zod';
import { actorSchema } from '../questionnaires/answers.ts';

const decisionIdSchema = z.enum(['proceed', 'proceed-with-conditions', 'rescope', 'do-not-deploy']);

/** The decision recorded at the end of a risk assessment, as the session holds it. */
export const reportDecisionRecordSchema = z
  .object({
    decision: decisionIdSchema,
    reasons: z.string(),
    decidedBy: actorSchema.nullable(),
    at: z.string(),
    imported: z.literal(true).optional(),
  })
  .strict();
export type ReportDecisionRecord = z.infer<typeof reportDecisionRecordSchema>;

/**
 * The report's "Decision" section: the record as held (so a JSON report can recompute a sign-off's
 * content hash from `decision`, `reasons`, `decidedBy` and `at`) and its wording for people.
 */
export const reportDecisionSchema = reportDecisionRecordSchema
  .extend({
    /** "Proceed with conditions". */
    decisionText: z.string(),
    /** The decider's name (else their id), or a sentence when nobody was signed in. */
    decidedByText: z.string(),
    /** "3 February 2026, 10:15 UTC". */
    atText: z.string(),
  })
  .strict();
export type ReportDecision = z.infer<typeof reportDecisionSchema>;

/**
 * What the person deciding sees beside the decision when framework packs apply: the Toolkit's
 * risk levels, then one line per pack with its headline outcomes. Absent without packs.
 */
export const decisionOutcomesSchema = z
  .object({ lines: z.array(z.object({ label: z.string(), value: z.string() }).strict()) })
  .strict();
export type DecisionOutcomes = z.infer<typeof decisionOutcomesSchema>;
