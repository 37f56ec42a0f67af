import { Hono } from 'hono';
import { z } from 'zod';
import { maxTextLength } from '../../conversation/turn-input.ts';
import type { GroundedAnswer } from '../../knowledge/grounded-answer.ts';
import type { KnowledgeService } from '../../knowledge/knowledge-service.ts';
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
    return c.json(toAskResponse(unwrapResult(await knowledge.ask(question))));
  });
}

/** The published shape of `POST /api/ask` names the Markdown `answer`, where the core calls it `text`. */
function toAskResponse(answer: GroundedAnswer) {
  return {
    answer: answer.text,
    citations: answer.citations,
    covered: answer.covered,
    method: answer.method,
    ...(answer.notice === undefined ? {} : { notice: answer.notice }),
  };
}
