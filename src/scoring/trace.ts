import { z } from 'zod';
import { answerValueSchema } from '../questionnaires/answers.ts';

/**
 * One step behind a figure: which answer (or derived step, when `questionId` is null) fired which
 * rule and what it added. Rule ids: readiness.points, readiness.scale, readiness.unsure,
 * readiness.unanswered, readiness.optional-skipped, readiness.invalid, readiness.unscored,
 * risk.applicability, risk.likelihood, risk.severity, risk.mitigation, risk.matrix, risk.residual.
 */
export const traceEntrySchema = z
  .object({
    questionId: z.string().nullable(),
    answer: answerValueSchema.nullable(),
    rule: z.string().min(1),
    contribution: z.number(),
    note: z.string(),
  })
  .strict();
export type TraceEntry = z.infer<typeof traceEntrySchema>;
