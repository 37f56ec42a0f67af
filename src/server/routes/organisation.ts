import { Hono } from 'hono';
import type { AgencyService } from '../../agency/create-agency-service.ts';
import type { AccessEnvironment } from '../access/principal.ts';
import { agencyCallerOf } from '../access/resolve-roles.ts';
import { unwrapResult } from '../unwrap-result.ts';

/** `GET /api/organisation/readiness`: the organisation's readiness assessments over time. */
export function createOrganisationRoutes(agency: AgencyService): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>().get('/readiness', async (c) => {
    const assessments = unwrapResult(await agency.readinessAssessments(agencyCallerOf(c.var)));
    return c.json({ assessments });
  });
}
