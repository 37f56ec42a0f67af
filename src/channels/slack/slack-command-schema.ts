import { z } from 'zod';

/**
 * A slash command (`/raia <text>`), form-encoded. Fields as in Slack's documented request
 * (docs.slack.dev/interactivity/implementing-slash-commands); the deprecated `token` is ignored:
 * the signature is what authenticates the request.
 */
export const slackCommandSchema = z.object({
  team_id: z.string().min(1),
  channel_id: z.string().min(1),
  user_id: z.string().regex(/^[A-Z0-9]+$/),
  user_name: z.string().optional(),
  command: z.string().min(1),
  text: z.string().default(''),
  response_url: z.url({ protocol: /^https?$/ }),
  trigger_id: z.string().min(1).optional(),
});
export type SlackCommand = z.infer<typeof slackCommandSchema>;
