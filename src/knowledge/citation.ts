import { z } from 'zod';
import { resourceIdSchema } from './passage-schema.ts';

/**
 * A passage a reply relied on. Ingested documents carry their file name and page; legal passages carry
 * the instrument and article and the date the statement is true as of, so a channel can show both.
 */
export const citationSchema = z.object({
  /** 1-based number used in the text as [1], [2], ... */
  number: z.number().int().positive(),
  id: z.string(),
  resource: z.union([resourceIdSchema, z.literal('ingested')]),
  resourceTitle: z.string(),
  title: z.string(),
  snippet: z.string(),
  source: z.object({ file: z.string(), page: z.number().int().optional() }).optional(),
  /**
   * Legal passages: the instrument and article, e.g. "Regulation (EU) 2024/1689 (AI Act), Art. 26".
   * Not named `source`, which already means an ingested document's file and page to every client.
   */
  legalSource: z.string().optional(),
  /** Legal passages: the ISO date (YYYY-MM-DD) the statement is true as of. */
  asOf: z.string().optional(),
});
export type Citation = z.infer<typeof citationSchema>;
