import { Hono } from 'hono';
import { z } from 'zod';
import type { KnowledgeService } from '../../knowledge/knowledge-service.ts';
import { resourceIdSchema } from '../../knowledge/passage-schema.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';

const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(500),
  limit: z.coerce.number().int().min(1).max(50).optional(),
  resource: z.union([resourceIdSchema, z.literal('ingested')]).optional(),
});

/** `GET /api/search?q=&limit=&resource=`: Toolkit passages matching a query, best first. */
export function createSearchRoutes(knowledge: KnowledgeService): Hono {
  return new Hono().get('/', validateRequest('query', searchQuerySchema), (c) => {
    const { q, limit, resource } = c.req.valid('query');
    const hits = unwrapResult(
      knowledge.search(q, {
        ...(limit === undefined ? {} : { limit }),
        ...(resource === undefined ? {} : { resource }),
      }),
    );
    return c.json({ hits });
  });
}
