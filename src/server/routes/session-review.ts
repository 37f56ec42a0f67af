import { Hono } from 'hono';
import { z } from 'zod';
import { requirePermission } from '../../agency/agency-caller.ts';
import type { AgencyService } from '../../agency/create-agency-service.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import { assessmentDecisionSchema, signOffDecisionSchema } from '../../conversation/session-data.ts';
import { sessionIdSchema } from '../../sessions/session-id.ts';
import { authorizeSession, requireSessionAccess } from '../access/authorize-session.ts';
import type { AccessEnvironment } from '../access/principal.ts';
import { agencyCallerOf } from '../access/resolve-roles.ts';
import { requireJson } from '../middleware/require-json.ts';
import { readOptionalJson } from '../read-optional-json.ts';
import { sessionIdParam } from '../session-id-param.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';
import { apiActor } from './sessions.ts';

const questionnaireIdSchema = z.string().regex(/^[a-z0-9-]{1,100}$/, 'a questionnaire id such as risk');

const signOffBodySchema = z.strictObject({
  decision: signOffDecisionSchema,
  note: z.string().trim().max(4000).default(''),
  /** The signatory's name as the report prints it; the token (when on) says who they are. */
  signatoryName: z.string().trim().min(1).max(200).optional(),
  questionnaireId: questionnaireIdSchema.optional(),
});

const decisionBodySchema = z
  .strictObject({
    decision: assessmentDecisionSchema,
    reasons: z.string().trim().max(4000).default(''),
    questionnaireId: questionnaireIdSchema.optional(),
  })
  // The assistant refuses this too (record-decision.ts); here it is a 400 naming the field.
  .refine((body) => body.decision === 'proceed' || body.reasons !== '', {
    path: ['reasons'],
    message: 'write the reasons for this decision (only proceed may come without them)',
  });

const reassessBodySchema = z.strictObject({ trigger: z.string().trim().min(1).max(200).optional() });

const commentBodySchema = z.strictObject({
  questionId: z.string().min(1).max(200),
  text: z.string().trim().min(1, 'write a comment').max(4000),
  questionnaireId: questionnaireIdSchema.optional(),
});

const assignmentBodySchema = z.strictObject({
  questionId: z.string().min(1).max(200),
  /** Who should answer (a token user id or platform user id) and how to call them; null clears it. */
  assignee: z
    .strictObject({ id: z.string().trim().min(1).max(200), name: z.string().trim().max(200).optional() })
    .nullable(),
  questionnaireId: questionnaireIdSchema.optional(),
});

const diffQuerySchema = z.object({
  against: sessionIdSchema,
  questionnaire: questionnaireIdSchema.optional(),
});

/**
 * The agency process on one assessment: the decision, sign-off, reassessment, the diff between
 * two assessments, comments and assignments. The session's organisation is checked first (as for
 * every session route), then the caller's role.
 */
export function createSessionReviewRoutes(
  assistant: Assistant,
  agency: AgencyService,
): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>()
    .post(
      '/:id/sign-off',
      sessionIdParam,
      requireJson(),
      validateRequest('json', signOffBodySchema),
      requireSessionAccess(assistant, 'read'),
      async (c) => {
        const { id } = c.req.valid('param');
        const signed = unwrapResult(await agency.signOff(agencyCallerOf(c.var), id, c.req.valid('json')));
        return c.json(signed, 201);
      },
    )
    .post(
      '/:id/decision',
      sessionIdParam,
      requireJson(),
      validateRequest('json', decisionBodySchema),
      requireSessionAccess(assistant, 'read'),
      async (c) => {
        requirePermission(c.var, 'answer');
        const { id } = c.req.valid('param');
        const decision = unwrapResult(
          await assistant.recordDecision(id, { ...c.req.valid('json'), ...apiActor(c.var.principal) }),
        );
        return c.json(decision, 201);
      },
    )
    .post(
      '/:id/reassess',
      sessionIdParam,
      requireJson({ bodyOptional: true }),
      requireSessionAccess(assistant, 'read'),
      async (c) => {
        const { id } = c.req.valid('param');
        const body = (await readOptionalJson(c.req, reassessBodySchema)) ?? {};
        const started = unwrapResult(
          await agency.reassess(agencyCallerOf(c.var), id, { owner: c.var.principal, trigger: body.trigger }),
        );
        return c.json(started, 201);
      },
    )
    .get(
      '/:id/diff',
      sessionIdParam,
      validateRequest('query', diffQuerySchema),
      requireSessionAccess(assistant, 'read'),
      async (c) => {
        const { id } = c.req.valid('param');
        const query = c.req.valid('query');
        // Both sessions must be the caller's: the other one is checked like the one in the path.
        await authorizeSession(assistant, query.against, c.var, 'read');
        return c.json(
          unwrapResult(await assistant.compareAssessments(id, query.against, query.questionnaire)),
        );
      },
    )
    .post(
      '/:id/comments',
      sessionIdParam,
      requireJson(),
      validateRequest('json', commentBodySchema),
      requireSessionAccess(assistant, 'read'),
      async (c) => {
        requirePermission(c.var, 'comment');
        const { id } = c.req.valid('param');
        const comment = unwrapResult(
          await assistant.addComment(id, { ...c.req.valid('json'), ...apiActor(c.var.principal) }),
        );
        return c.json(comment, 201);
      },
    )
    .post(
      '/:id/assignments',
      sessionIdParam,
      requireJson(),
      validateRequest('json', assignmentBodySchema),
      requireSessionAccess(assistant, 'read'),
      async (c) => {
        requirePermission(c.var, 'assign');
        const { id } = c.req.valid('param');
        const assignment = unwrapResult(
          await assistant.assignQuestion(id, { ...c.req.valid('json'), ...apiActor(c.var.principal) }),
        );
        return c.json({ assignment });
      },
    );
}
