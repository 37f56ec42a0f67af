import { z } from 'zod';
import { frameworkPackSchema } from '../frameworks/framework-pack-schema.ts';
import { packResultSchema } from '../frameworks/pack-result-schema.ts';

/**
 * A framework pack that applies to a risk assessment, as a report receives it: the pack's printed
 * facts (never its questions or rules), how it came to apply, and what its evaluation returned.
 */
export const reportFrameworkSchema = z
  .object({
    pack: frameworkPackSchema.pick({
      id: true,
      version: true,
      title: true,
      jurisdiction: true,
      asOf: true,
      disclaimer: true,
      sources: true,
    }),
    /** 'asked': the person answered the pack's opt-in question yes; 'organisation': the deployment applies it to every assessment. */
    appliedBy: z.enum(['asked', 'organisation']),
    result: packResultSchema,
  })
  .strict();
export type ReportFramework = z.infer<typeof reportFrameworkSchema>;
export type ReportFrameworkPack = ReportFramework['pack'];
