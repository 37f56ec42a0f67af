import { z } from 'zod';

/**
 * A framework pack (frameworks/) a walkthrough was composed with: its exact version, so a session
 * resumes and reports against the pack it was answered with, and how it came to apply.
 * `asked`: the person answered the pack's opt-in question (asked inside the walkthrough);
 * `organisation`: the deployment applies it to every assessment (RAIA_FRAMEWORK_PACKS).
 */
export const appliedPackSchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    appliedBy: z.enum(['asked', 'organisation']),
  })
  .strict();
export type AppliedPack = z.infer<typeof appliedPackSchema>;
