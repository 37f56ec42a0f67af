import { z } from 'zod';
import { resourceIdSchema } from './passage-schema.ts';

/** A passage a reply relied on. Ingested documents carry their file name and page. */
export const citationSchema = z.object({
  /** 1-based number used in the text as [1], [2], ... */
  number: z.number().int().positive(),
  id: z.string(),
  resource: z.union([resourceIdSchema, z.literal('ingested')]),
  resourceTitle: z.string(),
  title: z.string(),
  snippet: z.string(),
  source: z.object({ file: z.string(), page: z.number().int().optional() }).optional(),
});
export type Citation = z.infer<typeof citationSchema>;
