import { Hono } from 'hono';
import { z } from 'zod';
import type { Assistant, SessionOwner } from '../../conversation/assistant.ts';
import { messageTextSchema } from '../../conversation/turn-input.ts';
import { accessError, requireSessionAccess } from '../access/authorize-session.ts';
import type { AccessEnvironment, Principal } from '../access/principal.ts';
import { requireJson } from '../middleware/require-json.ts';
import { readOptionalJson } from '../read-optional-json.ts';
import { sessionIdParam } from '../session-id-param.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';

/** One user turn over HTTP: free text or a quick-reply action id, never both. */
export const turnBodySchema = z
  .strictObject({
    text: messageTextSchema.min(1).optional(),
    action: z.string().min(1).max(200).optional(),
    /** Client-chosen; the assistant applies a repeated id once and returns the first reply. */
    messageId: z.string().min(1).max(200).optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.action === undefined), {
    message: 'send exactly one of text or action',
    path: ['text'],
  });

/** Creating a session takes no options yet: no body, or an empty JSON object. */
const createSessionBodySchema = z.strictObject({});

/** The audit trail names the token's user; without access control the API caller is anonymous. */
export function apiActor(principal: Principal | null) {
  return principal === null ? {} : { actor: { id: principal.userId, channel: 'api' } };
}

/** `/api/sessions`: create, read, delete a session and post turns to it. */
export function createSessionRoutes(assistant: Assistant): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>()
    .post('/', requireJson({ bodyOptional: true }), async (c) => {
      await readOptionalJson(c.req, createSessionBodySchema);
      const created = unwrapResult(await assistant.createSession({ owner: c.var.principal }));
      return c.json(created, 201);
    })
    .get('/:id', sessionIdParam, requireSessionAccess(assistant, 'read'), async (c) => {
      const { id } = c.req.valid('param');
      return c.json(unwrapResult(await assistant.getSession(id)));
    })
    .delete('/:id', sessionIdParam, requireSessionAccess(assistant, 'write'), async (c) => {
      const { id } = c.req.valid('param');
      return c.json(unwrapResult(await assistant.deleteSession(id)));
    })
    .post(
      '/:id/messages',
      sessionIdParam,
      requireJson(),
      validateRequest('json', turnBodySchema),
      async (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        // The turn checks the owner on its own read of the session: one read per turn, not two.
        const checkOwner = (owner: SessionOwner) => accessError(owner, c.var, 'write');
        const turn = { sessionId: id, ...body, ...apiActor(c.var.principal) };
        return c.json(unwrapResult(await assistant.handleTurn(turn, { checkOwner })));
      },
    );
}
