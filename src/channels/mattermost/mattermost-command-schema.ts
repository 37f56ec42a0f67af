import { z } from 'zod';

/**
 * A custom slash command request, form-encoded, as in the example on
 * developers.mattermost.com/integrate/slash-commands/custom (channel_id, channel_name, command,
 * response_url, team_domain, team_id, text, token, trigger_id, user_id, user_name).
 */
export const mattermostCommandSchema = z.object({
  channel_id: z.string().min(1),
  team_id: z.string().min(1),
  user_id: z.string().min(1),
  user_name: z.string().optional(),
  command: z.string().min(1),
  text: z.string().default(''),
  response_url: z.url({ protocol: /^https?$/ }),
  trigger_id: z.string().min(1).optional(),
  token: z.string().optional(),
});
export type MattermostCommand = z.infer<typeof mattermostCommandSchema>;
