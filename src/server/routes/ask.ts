import { Hono } from 'hono';
import { z } from 'zod';
import { maxTextLength } from '../../conversation/turn-input.ts';
import type { KnowledgeService } from '../knowledge-service.ts';
import { requireJson } from '../middleware/require-json.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';

const askBodySchema = z.strictObject({
  question: z.string().trim().min(1, 'ask a question').max(maxTextLength),
});

/** `POST /api/ask { question }`: a cited answer from the Toolkit, or a clear "not covered". */
export function createAskRoutes(knowledge: KnowledgeService): Hono {
  return new Hono().post('/', requireJson(), validateRequest('json', askBodySchema), async (c) => {
    const { question } = c.req.valid('json');
    return c.json(unwrapResult(await knowledge.ask(question)));
  });
}
