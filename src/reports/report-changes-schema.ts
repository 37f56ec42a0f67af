import { z } from 'zod';
import type { AssessmentDiff } from './assessment-diff.ts';

/**
 * What a reassessment's report compares against: the diff from the assessment it started from,
 * or why there is none (that session was deleted or passed its retention period, or cannot be
 * read). `since` is when the earlier assessment was signed off.
 */
export type ChangesSource =
  | { kind: 'compared'; fromSessionId: string; since: string | null; diff: AssessmentDiff }
  | { kind: 'gone' | 'unreadable'; fromSessionId: string; since: string | null };

const promptRowSchema = z.object({ questionId: z.string(), prompt: z.string() }).strict();

/** The report's "Changes since the assessment of …" section, as plain text for every format. */
export const reportChangesSchema = z
  .object({
    /** "Changes since the assessment of 3 March 2027". */
    title: z.string(),
    /** The earlier session (JSON only). */
    fromSessionId: z.string(),
    /** False when the earlier assessment is gone or unreadable: `summary` then says so, and the lists are empty. */
    compared: z.boolean(),
    /** Plain sentences: what was compared, the overall level, the counts; or why nothing could be. */
    summary: z.array(z.string()).min(1),
    /** Risks that rose or were newly rated first, then those that fell or are no longer rated. */
    risks: z.array(
      z
        .object({
          riskId: z.string(),
          title: z.string(),
          /** "Up", "Newly rated", "Down" or "No longer rated". */
          change: z.string(),
          before: z.string(),
          after: z.string(),
        })
        .strict(),
    ),
    answers: z.array(
      promptRowSchema
        .extend({
          /** "Changed", "Added" or "Removed". */
          change: z.string(),
          before: z.string(),
          after: z.string(),
        })
        .strict(),
    ),
    openItems: z.object({ opened: z.array(promptRowSchema), closed: z.array(promptRowSchema) }).strict(),
  })
  .strict();
export type ReportChanges = z.infer<typeof reportChangesSchema>;
