import { Hono } from 'hono';
import { z } from 'zod';
import type { Assistant } from '../../conversation/assistant.ts';
import { textLimits } from '../../questionnaires/text-limits.ts';
import { requireSessionAccess } from '../access/authorize-session.ts';
import type { AccessEnvironment } from '../access/principal.ts';
import { sessionIdParam } from '../session-id-param.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';

const notesQuerySchema = z.object({
  q: z.string().trim().max(textLimits.question).optional(),
  questionnaire: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/, 'a questionnaire id is lowercase letters, digits and "-"')
    .optional(),
  kind: z.enum(['note', 'evidence']).optional(),
});

/**
 * `GET /api/sessions/:id/notes?q=dpia&kind=evidence&questionnaire=risk`: a reviewer's search of
 * the notes and evidence kept with a session's questions, each with its question. Read access,
 * like the transcript: notes are the answerer's own words.
 */
export function createSessionNotesRoutes(assistant: Assistant): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>().get(
    '/:id/notes',
    sessionIdParam,
    validateRequest('query', notesQuerySchema),
    requireSessionAccess(assistant, 'read'),
    async (c) => {
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const notes = unwrapResult(
        await assistant.searchNotes(id, {
          query: query.q,
          questionnaireId: query.questionnaire,
          kind: query.kind,
        }),
      );
      return c.json({ sessionId: id, query: query.q ?? '', notes });
    },
  );
}
