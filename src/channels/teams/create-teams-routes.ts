import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { limitBody } from '../shared/limit-body.ts';
import type { TeamChatContext } from '../shared/team-chat-context.ts';
import { createTeamsConnector } from './create-teams-connector.ts';
import { handleTeamsActivity, type TeamsAdapter, teamsTurnInput } from './handle-teams-activity.ts';
import { teamsActivitySchema } from './teams-activity-schema.ts';
import { type TeamsKeySet, verifyTeamsToken } from './verify-teams-token.ts';

const maxBodyBytes = 256 * 1024;
const serviceUrlSchema = z.object({ serviceUrl: z.string().min(1) });

/**
 * POST /messages, the Bot Framework messaging endpoint (mount under `/teams`). The bearer token
 * is checked before anything else is read from the activity except its serviceUrl (which the
 * token must name); any failure is a 403. RAIA answers at once and replies proactively. Refusals
 * are thrown as AppError: the app's one error handler answers them.
 */
export function createTeamsRoutes(options: {
  context: TeamChatContext;
  appId: string;
  appPassword: string;
  keySet: TeamsKeySet;
  tokenUrl: string;
}): Hono {
  if (options.appId.trim() === '' || options.appPassword.trim() === '') {
    throw new Error('TEAMS_APP_ID and TEAMS_APP_PASSWORD must both be set for the Teams routes.');
  }
  const { context } = options;
  const adapter: TeamsAdapter = {
    context,
    sessionSecret: options.appPassword,
    connector: createTeamsConnector({
      ...options,
      fetch: context.fetch,
      wait: context.wait,
      now: context.now,
    }),
  };
  const app = new Hono();
  app.use('*', limitBody(maxBodyBytes));

  app.post('/messages', async (c) => {
    const json: unknown = await c.req.json().catch(() => undefined);
    const serviceUrl = serviceUrlSchema.safeParse(json);
    const check = serviceUrl.success
      ? await verifyTeamsToken({
          authorization: c.req.header('authorization'),
          serviceUrl: serviceUrl.data.serviceUrl,
          appId: options.appId,
          keySet: options.keySet,
          now: context.now(),
        })
      : { success: false as const, reason: 'no-service-url' };
    if (!check.success) {
      context.log.warn(
        { platform: 'teams', reason: check.reason },
        'Rejected an unauthenticated Teams request',
      );
      throw new AppError('forbidden', 'The Bot Framework token is missing or invalid.');
    }
    const activity = teamsActivitySchema.safeParse(json);
    if (!activity.success) {
      throw new AppError('bad-request', `Invalid activity: ${z.prettifyError(activity.error)}`);
    }
    // Conversation updates, typing and other activities need no answer from RAIA.
    const input = activity.data.type === 'message' ? teamsTurnInput(activity.data) : undefined;
    if (input !== undefined) context.runInBackground(handleTeamsActivity(adapter, activity.data, input));
    return c.body(null, 200);
  });

  return app;
}
