import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { invalidPayloadError } from '../shared/invalid-payload-error.ts';
import { limitBody } from '../shared/limit-body.ts';
import type { TeamChatContext } from '../shared/team-chat-context.ts';
import { createSlackClient } from './create-slack-client.ts';
import { handleSlackCommand } from './handle-slack-command.ts';
import { handleSlackInteraction } from './handle-slack-interaction.ts';
import { handleSlackMessage } from './handle-slack-message.ts';
import type { SlackAdapter } from './slack-adapter.ts';
import { slackBlockActionsSchema } from './slack-block-actions-schema.ts';
import { slackCommandSchema } from './slack-command-schema.ts';
import { slackEnvelopeSchema, slackMessageEventSchema } from './slack-event-schema.ts';
import { slackRequestId } from './slack-request-id.ts';
import { verifySlackRequest } from './verify-slack-request.ts';

/** Slack payloads are small; block_actions carry the clicked message, still far below this. */
const maxBodyBytes = 1024 * 1024;

const authorizationsSchema = z.object({
  authorizations: z.array(z.object({ user_id: z.string(), is_bot: z.boolean().optional() })).optional(),
});

/**
 * POST /commands, /events and /interactions for one Slack app (mount under `/slack`). Every
 * request is verified against the signing secret before anything is parsed; Slack gets its 2xx
 * at once and the turn runs in the background, its replies posted with chat.postMessage.
 * Refusals are thrown as AppError: the app's one error handler answers them.
 */
export function createSlackRoutes(options: {
  context: TeamChatContext;
  signingSecret: string;
  botToken: string;
  apiUrl: string;
}): Hono {
  if (options.signingSecret.trim() === '') {
    // An empty secret would make every signature trivially forgeable: refuse to start.
    throw new Error('SLACK_SIGNING_SECRET is empty: refusing to create the Slack routes.');
  }
  const { context } = options;
  const adapter: SlackAdapter = {
    context,
    client: createSlackClient({
      token: options.botToken,
      apiUrl: options.apiUrl,
      fetch: context.fetch,
      wait: context.wait,
    }),
    sessionSecret: options.signingSecret,
  };
  const app = new Hono<{ Variables: { body: string; requestId: string } }>();

  app.use('*', limitBody(maxBodyBytes));
  app.use('*', async (c, next) => {
    const rawBody = new Uint8Array(await c.req.arrayBuffer());
    const body = new TextDecoder().decode(rawBody);
    // Slack's certificate check is unsigned: answer it and process nothing else of it.
    if (isFormBody(c.req.header('content-type')) && new URLSearchParams(body).get('ssl_check') === '1') {
      return c.body(null, 200);
    }
    const timestamp = c.req.header('x-slack-request-timestamp');
    const signature = c.req.header('x-slack-signature');
    const verification = await verifySlackRequest({
      signingSecret: options.signingSecret,
      timestamp,
      signature,
      rawBody,
      now: context.now(),
    });
    if (!verification.success || timestamp === undefined || signature === undefined) {
      context.log.warn(
        { platform: 'slack', reason: verification.success ? 'missing-headers' : verification.reason },
        'Rejected an unverified Slack request',
      );
      throw new AppError('unauthorized', 'The Slack request signature is missing, stale or wrong.');
    }
    c.set('body', body);
    c.set('requestId', await slackRequestId({ timestamp, signature }));
    return next();
  });

  app.post('/commands', (c) => {
    const command = slackCommandSchema.safeParse(Object.fromEntries(new URLSearchParams(c.get('body'))));
    if (!command.success) throw invalidPayloadError('Slack', command.error);
    context.runInBackground(handleSlackCommand(adapter, command.data, { requestId: c.get('requestId') }));
    // Slack needs an answer within 3 seconds; the reply follows in the conversation.
    return c.json({ response_type: 'ephemeral', text: 'Working on it…' });
  });

  app.post('/events', (c) => {
    const json = parseJson(c.get('body'));
    const type = z.object({ type: z.string() }).safeParse(json);
    if (!type.success) throw new AppError('bad-request', 'The event is not a JSON object with a type.');
    if (type.data.type !== 'url_verification' && type.data.type !== 'event_callback')
      return c.body(null, 200);
    const envelope = slackEnvelopeSchema.safeParse(json);
    if (!envelope.success) throw invalidPayloadError('Slack', envelope.error);
    if (envelope.data.type === 'url_verification') return c.json({ challenge: envelope.data.challenge });
    const event = slackMessageEventSchema.safeParse(envelope.data.event);
    // Unsupported events, RAIA's own posts, edits and other subtypes are acknowledged and ignored.
    if (!event.success || event.data.user === undefined || event.data.bot_id !== undefined)
      return c.body(null, 200);
    if (event.data.subtype !== undefined) return c.body(null, 200);
    if (event.data.type === 'message' && event.data.channel_type !== 'im') return c.body(null, 200);
    const botUserIds = (authorizationsSchema.safeParse(json).data?.authorizations ?? [])
      .filter((authorization) => authorization.is_bot === true)
      .map((authorization) => authorization.user_id);
    // Retries (X-Slack-Retry-Num) are processed like first deliveries: the event_id is claimed
    // durably before any post, so a retry never answers twice, while a retry whose first delivery
    // died or failed before it was done takes over once that claim's lease has passed.
    context.runInBackground(
      handleSlackMessage(adapter, {
        teamId: envelope.data.team_id,
        eventId: envelope.data.event_id,
        event: { ...event.data, user: event.data.user },
        botUserIds,
      }),
    );
    return c.body(null, 200);
  });

  app.post('/interactions', (c) => {
    const payload = parseJson(new URLSearchParams(c.get('body')).get('payload') ?? '');
    const type = z.object({ type: z.string() }).safeParse(payload);
    if (!type.success) throw new AppError('bad-request', 'The payload field is missing or not JSON.');
    if (type.data.type !== 'block_actions') return c.body(null, 200);
    const actions = slackBlockActionsSchema.safeParse(payload);
    if (!actions.success) throw invalidPayloadError('Slack', actions.error);
    context.runInBackground(handleSlackInteraction(adapter, actions.data));
    return c.body(null, 200);
  });

  // A plain Hono app outside, so callers need not know about the verified-body variable.
  return new Hono().route('/', app);
}

function isFormBody(contentType: string | undefined): boolean {
  return contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded') === true;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
