import { z } from 'zod';

/** RAIA's own token in a button's `context`: Mattermost does not authenticate button clicks. */
export const mattermostActionContextSchema = z.object({
  session: z.string().min(1).max(200),
  /** The channel the post went to. */
  channel: z.string().min(1).max(100),
  /** The Mattermost user id the buttons were offered to, and their user name ('' if unknown). */
  user: z.string().min(1).max(100),
  userName: z.string().max(100),
  /** Random, one per post: every button of the post shares it, and the first click uses it up. */
  nonce: z.string().min(16).max(100),
  action: z.string().min(1).max(200),
  label: z.string().max(200),
  /** Unix seconds, as a string so JSON round trips keep it exact. */
  expires: z.string().regex(/^\d{1,12}$/),
  signature: z.string().min(1).max(100),
});
export type MattermostActionContext = z.infer<typeof mattermostActionContextSchema>;

/**
 * What Mattermost posts to a button's integration URL (PostActionIntegrationRequest in
 * mattermost/server/public/model/integration_action.go): user_id, user_name, channel_id,
 * team_id, post_id, trigger_id, type, context.
 */
export const mattermostActionRequestSchema = z.object({
  user_id: z.string().min(1),
  user_name: z.string().optional(),
  channel_id: z.string().min(1),
  team_id: z.string().optional(),
  post_id: z.string().min(1),
  trigger_id: z.string().optional(),
  type: z.string().optional(),
  context: mattermostActionContextSchema,
});
export type MattermostActionRequest = z.infer<typeof mattermostActionRequestSchema>;
