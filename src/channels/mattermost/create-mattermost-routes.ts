import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { invalidPayloadError } from '../shared/invalid-payload-error.ts';
import { limitBody } from '../shared/limit-body.ts';
import type { TeamChatContext } from '../shared/team-chat-context.ts';
import { handleMattermostAction } from './handle-mattermost-action.ts';
import { handleMattermostCommand } from './handle-mattermost-command.ts';
import { mattermostActionRequestSchema } from './mattermost-action-schema.ts';
import type { MattermostAdapter } from './mattermost-adapter.ts';
import { mattermostCommandSchema } from './mattermost-command-schema.ts';
import { verifyMattermostToken } from './verify-mattermost-token.ts';

const maxBodyBytes = 256 * 1024;

const earlierButtonSchema = z.object({
  context: z.object({ signature: z.string(), session: z.string(), nonce: z.never().optional() }),
});
const earlierButtonText =
  'This button comes from an earlier version of RAIA and no longer works. Type `/raia` to continue.';
const invalidTokenMessage = 'This button does not carry a valid RAIA token.';

/**
 * POST /command (a custom slash command) and POST /actions (its buttons) for Mattermost; mount
 * under `/mattermost`. Commands are authenticated by their token; button clicks, which Mattermost
 * does not authenticate, by RAIA's own signed context. Refusals are thrown as AppError: the app's
 * one error handler answers them.
 */
export function createMattermostRoutes(options: {
  context: TeamChatContext;
  commandToken: string;
  actionSecret: string;
}): Hono {
  if (options.commandToken.trim() === '' || options.actionSecret.trim() === '') {
    throw new Error(
      'MATTERMOST_TOKEN and MATTERMOST_ACTION_SECRET must both be set for the Mattermost routes.',
    );
  }
  const { context } = options;
  const adapter: MattermostAdapter = { context, actionSecret: options.actionSecret };
  const app = new Hono();
  app.use('*', limitBody(maxBodyBytes));

  app.post('/command', async (c) => {
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    const authorized = verifyMattermostToken(options.commandToken, {
      authorization: c.req.header('authorization'),
      formToken: form.token,
    });
    if (!authorized) {
      context.log.warn({ platform: 'mattermost' }, 'Rejected a Mattermost command with a wrong token');
      throw new AppError('unauthorized', 'The Mattermost command token is missing or wrong.');
    }
    const command = mattermostCommandSchema.safeParse(form);
    if (!command.success) throw invalidPayloadError('Mattermost', command.error);
    context.runInBackground(
      handleMattermostCommand(adapter, command.data, { actionUrl: actionUrl(c.req.url, context) }),
    );
    return c.json({ response_type: 'ephemeral', text: 'Working on it…' });
  });

  app.post('/actions', async (c) => {
    const json: unknown = await c.req.json().catch(() => undefined);
    const request = mattermostActionRequestSchema.safeParse(json);
    if (!request.success) {
      // Buttons posted before contexts were bound to a user and a nonce: refused, but explained.
      if (earlierButtonSchema.safeParse(json).success) {
        return c.json({ ephemeral_text: earlierButtonText });
      }
      throw new AppError('forbidden', invalidTokenMessage);
    }
    const outcome = await handleMattermostAction(adapter, request.data, {
      actionUrl: actionUrl(c.req.url, context),
    });
    if (outcome.kind === 'rejected') {
      context.log.warn({ platform: 'mattermost', reason: outcome.reason }, 'Rejected a Mattermost action');
      throw new AppError('forbidden', invalidTokenMessage);
    }
    return c.json(outcome.body);
  });

  return app;
}

/**
 * The URL Mattermost calls for RAIA's buttons: RAIA_PUBLIC_URL when set, otherwise the origin
 * this request reached (the address the Mattermost server already uses for the command).
 */
function actionUrl(requestUrl: string, context: TeamChatContext): string {
  return `${context.publicUrl ?? new URL(requestUrl).origin}/mattermost/actions`;
}
