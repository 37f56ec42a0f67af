import { Hono } from 'hono';
import { z } from 'zod';
import type { AgencyService } from '../../agency/create-agency-service.ts';
import { registerExportSchema } from '../../agency/register-export.ts';
import {
  incidentInputSchema,
  systemChangesSchema,
  systemInputSchema,
} from '../../register/system-input-schema.ts';
import type { AccessEnvironment } from '../access/principal.ts';
import { agencyCallerOf } from '../access/resolve-roles.ts';
import { attachmentDisposition } from '../content-disposition.ts';
import { requireJson } from '../middleware/require-json.ts';
import { readOptionalJson } from '../read-optional-json.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';

/** Ids are the service's UUIDs; anything else is the same 404 as an unknown one. */
const systemIdParam = validateRequest('param', z.object({ id: z.string().min(1).max(100) }));

const listQuerySchema = z.strictObject({
  level: z
    .string()
    .regex(/^[a-z0-9-]{1,50}$/, 'a level id such as high')
    .optional(),
  due: z.enum(['true', 'false'], { error: 'due is true or false' }).optional(),
});

const startBodySchema = z.strictObject({
  questionnaireId: z
    .literal('risk', { error: 'a system is assessed with the risk questionnaire' })
    .optional(),
});

/**
 * `/api/systems`: the organisation's register of AI systems. Reading needs any role; registering
 * and changing systems the owner role; recording an incident a role that answers.
 */
export function createSystemRoutes(agency: AgencyService): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>()
    .get('/', validateRequest('query', listQuerySchema), async (c) => {
      const query = c.req.valid('query');
      const systems = unwrapResult(
        await agency.listSystems(agencyCallerOf(c.var), {
          level: query.level,
          due: query.due === undefined ? undefined : query.due === 'true',
        }),
      );
      return c.json({ systems });
    })
    .post('/', requireJson(), validateRequest('json', systemInputSchema), async (c) => {
      const system = unwrapResult(await agency.createSystem(agencyCallerOf(c.var), c.req.valid('json')));
      return c.json(system, 201);
    })
    .get('/export', async (c) => {
      const exported = unwrapResult(await agency.exportRegister(agencyCallerOf(c.var)));
      c.header(
        'Content-Disposition',
        attachmentDisposition(`raia-register-${exported.exportedAt.slice(0, 10)}.json`),
      );
      return c.json(exported);
    })
    .post('/import', requireJson(), validateRequest('json', registerExportSchema), async (c) => {
      const summary = unwrapResult(
        await agency.importRegister(agencyCallerOf(c.var), c.req.valid('json'), c.var.principal),
      );
      return c.json(summary, 201);
    })
    .get('/:id', systemIdParam, async (c) => {
      return c.json(unwrapResult(await agency.getSystem(agencyCallerOf(c.var), c.req.valid('param').id)));
    })
    .patch('/:id', systemIdParam, requireJson(), validateRequest('json', systemChangesSchema), async (c) => {
      const { id } = c.req.valid('param');
      return c.json(unwrapResult(await agency.changeSystem(agencyCallerOf(c.var), id, c.req.valid('json'))));
    })
    .post(
      '/:id/incidents',
      systemIdParam,
      requireJson(),
      validateRequest('json', incidentInputSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        const incident = unwrapResult(
          await agency.recordIncident(agencyCallerOf(c.var), id, c.req.valid('json').summary),
        );
        return c.json(incident, 201);
      },
    )
    .post('/:id/assessments', systemIdParam, requireJson({ bodyOptional: true }), async (c) => {
      const { id } = c.req.valid('param');
      const body = (await readOptionalJson(c.req, startBodySchema)) ?? {};
      const started = unwrapResult(
        await agency.startAssessment(agencyCallerOf(c.var), {
          owner: c.var.principal,
          systemId: id,
          questionnaireId: body.questionnaireId ?? 'risk',
        }),
      );
      return c.json(started, 201);
    })
    .get('/:id/audit', systemIdParam, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(unwrapResult(await agency.auditTrail(agencyCallerOf(c.var), id)));
    });
}
