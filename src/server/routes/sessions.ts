import { Hono } from 'hono';
import { z } from 'zod';
import { requirePermission } from '../../agency/agency-caller.ts';
import type { AgencyService } from '../../agency/create-agency-service.ts';
import { AppError } from '../../app-error.ts';
import type { Assistant, SessionOwner } from '../../conversation/assistant.ts';
import { messageTextSchema } from '../../conversation/turn-input.ts';
import { accessError, requireRoleFor, requireSessionAccess } from '../access/authorize-session.ts';
import type { AccessEnvironment, Principal } from '../access/principal.ts';
import { agencyCallerOf } from '../access/resolve-roles.ts';
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

/**
 * Creating a session: no body (a plain conversation), `{ systemId }` (a risk assessment of a
 * registered system) or `{ questionnaireId: 'readiness' }` (the organisation's readiness).
 */
const createSessionBodySchema = z
  .strictObject({
    systemId: z.string().min(1).max(100).optional(),
    questionnaireId: z.enum(['risk', 'readiness'], { error: 'risk or readiness' }).optional(),
  })
  .refine((body) => !(body.systemId !== undefined && body.questionnaireId === 'readiness'), {
    error: 'readiness assesses the organisation, not a system: leave out systemId',
    path: ['questionnaireId'],
  })
  .refine((body) => !(body.systemId === undefined && body.questionnaireId === 'risk'), {
    error:
      'a risk assessment belongs to a registered system: send its systemId (register it with POST /api/systems)',
    path: ['systemId'],
  });

/** The audit trail names the token's user; without access control the API caller is anonymous. */
export function apiActor(principal: Principal | null) {
  return principal === null ? {} : { actor: { id: principal.userId, channel: 'api' } };
}

/** `/api/sessions`: create, read, delete a session and post turns to it. */
export function createSessionRoutes(assistant: Assistant, agency?: AgencyService): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>()
    .post('/', requireJson({ bodyOptional: true }), async (c) => {
      const body = await readOptionalJson(c.req, createSessionBodySchema);
      if (body?.systemId !== undefined || body?.questionnaireId !== undefined) {
        if (agency === undefined)
          throw new AppError('bad-request', 'This server keeps no register of systems.');
        const started = await agency.startAssessment(agencyCallerOf(c.var), {
          owner: c.var.principal,
          systemId: body.systemId,
          questionnaireId: body.questionnaireId ?? 'risk',
        });
        return c.json(unwrapResult(started), 201);
      }
      requirePermission(c.var, 'answer');
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
        requireRoleFor(c.var, 'write');
        const turn = { sessionId: id, ...body, ...apiActor(c.var.principal) };
        return c.json(unwrapResult(await assistant.handleTurn(turn, { checkOwner })));
      },
    );
}
