import { z } from 'zod';

/**
 * A `block_actions` interaction (docs.slack.dev/reference/interaction-payloads/block_actions-payload),
 * sent as the JSON `payload` form field when someone clicks one of RAIA's buttons.
 */
export const slackBlockActionsSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({
    id: z.string().regex(/^[A-Z0-9]+$/),
    name: z.string().optional(),
    username: z.string().optional(),
    team_id: z.string().optional(),
  }),
  team: z
    .object({ id: z.string().min(1) })
    .nullable()
    .optional(),
  container: z.object({
    type: z.string(),
    message_ts: z.string().min(1),
    channel_id: z.string().min(1),
    thread_ts: z.string().min(1).optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  message: z
    .object({
      ts: z.string(),
      thread_ts: z.string().optional(),
      text: z.string().optional(),
      blocks: z.array(z.looseObject({ type: z.string() })).optional(),
    })
    .optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string().min(1),
        type: z.string(),
        value: z.string().optional(),
        action_ts: z.string().min(1),
        text: z.object({ text: z.string() }).optional(),
      }),
    )
    .min(1),
});
export type SlackBlockActions = z.infer<typeof slackBlockActionsSchema>;
