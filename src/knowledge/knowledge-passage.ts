import { z } from 'zod';
import { passageSchema } from './passage-schema.ts';

/**
 * A passage from a document an agency added with `raia ingest`. It is not part of the Toolkit, so it
 * has no Toolkit tags and its basis says where it came from instead of `confirmed` or `summary`.
 */
export const ingestedPassageSchema = passageSchema.extend({
  resource: z.literal('ingested'),
  tags: z.array(z.never()),
  basis: z.literal('document'),
  source: z.object({ file: z.string().min(1), page: z.number().int().positive() }),
});
export type IngestedPassage = z.infer<typeof ingestedPassageSchema>;

/** Anything retrieval can return: a built-in Toolkit passage or an ingested one. */
export const knowledgePassageSchema = z.discriminatedUnion('resource', [
  passageSchema,
  ingestedPassageSchema,
]);
export type KnowledgePassage = z.infer<typeof knowledgePassageSchema>;

export const ingestedResourceTitle = 'Agency document';
