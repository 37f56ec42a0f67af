import { z } from 'zod';

/**
 * The parts of a Bot Framework activity RAIA reads (botframework-schema `Activity`; Teams sends
 * `channelId: 'msteams'`, a regional `serviceUrl`, the tenant in `conversation.tenantId` and
 * `channelData.tenant`). An Action.Submit click arrives as a message whose `value` is the card's data.
 */
export const teamsActivitySchema = z.object({
  type: z.string().min(1),
  id: z.string().min(1).max(200),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  channelId: z.string().min(1),
  from: z.object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() }),
  conversation: z.object({
    id: z.string().min(1),
    tenantId: z.string().optional(),
    conversationType: z.string().optional(),
  }),
  text: z.string().optional(),
  value: z.unknown().optional(),
  channelData: z.looseObject({ tenant: z.object({ id: z.string() }).optional() }).optional(),
});
export type TeamsActivity = z.infer<typeof teamsActivitySchema>;

/** The data of RAIA's Action.Submit buttons. */
export const teamsSubmitValueSchema = z.object({ raiaAction: z.string().min(1).max(200) });
