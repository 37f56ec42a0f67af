import { z } from 'zod';

/** The outer Events API request (docs.slack.dev/apis/events-api): a handshake or an event. */
export const slackEnvelopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('url_verification'), challenge: z.string().min(1).max(1000) }),
  z.object({
    type: z.literal('event_callback'),
    team_id: z.string().min(1),
    event_id: z.string().min(1),
    event: z.looseObject({ type: z.string() }),
  }),
]);

/**
 * The two events RAIA subscribes to: `app_mention` (channels, group DMs) and `message` from
 * `message.im` (direct messages). Bot posts carry `bot_id`; edits, joins and bot messages carry
 * a `subtype`: RAIA ignores both so it never answers itself or re-applies an edited answer.
 */
export const slackMessageEventSchema = z.object({
  type: z.enum(['app_mention', 'message']),
  user: z.string().min(1).optional(),
  text: z.string().default(''),
  ts: z.string().min(1),
  thread_ts: z.string().min(1).optional(),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
export type SlackMessageEvent = z.infer<typeof slackMessageEventSchema>;
