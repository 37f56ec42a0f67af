import type { Result } from '../../app-error.ts';
import { decodeHtmlEntities } from '../shared/decode-html-entities.ts';
import { type DeliveryTiming, runDeliveryOnce } from '../shared/run-delivery-once.ts';
import { runTeamChatMessage } from '../shared/run-team-chat-message.ts';
import type { TeamChatContext } from '../shared/team-chat-context.ts';
import { toMessageId } from '../shared/to-message-id.ts';
import type { TeamsConnector } from './create-teams-connector.ts';
import { type TeamsActivity, teamsSubmitValueSchema } from './teams-activity-schema.ts';
import { toAdaptiveCard } from './to-adaptive-card.ts';

export interface TeamsAdapter {
  context: TeamChatContext;
  connector: TeamsConnector;
  /** Keys Teams session ids (TEAMS_APP_PASSWORD, a secret RAIA already holds). */
  sessionSecret: string;
}

/**
 * The Bot Framework redelivers an activity (same id) when its first delivery timed out or failed;
 * a lease long enough for a slow model turn, remembered for an hour.
 */
const teamsDeliveryTiming: DeliveryTiming = { leaseMs: 2 * 60 * 1000, keepMs: 60 * 60 * 1000 };

export const teamsNotSavedText =
  'RAIA could not save your message: its storage is not answering. Please send it again in a few minutes.';

/** What a message activity asks RAIA: an Action.Submit click, or text without the @mention. */
export function teamsTurnInput(activity: TeamsActivity): { action: string } | { text: string } | undefined {
  const submitted = teamsSubmitValueSchema.safeParse(activity.value);
  if (submitted.success) return { action: submitted.data.raiaAction };
  if (activity.text === undefined) return undefined;
  // In channels and group chats the text starts with `<at>RAIA</at>`, often followed by `&nbsp;`.
  const text = decodeHtmlEntities(activity.text.replace(/<at>[^<]*<\/at>/g, ''));
  return { text: text.trim() };
}

/**
 * One message activity, after the 200: one RAIA session per (tenant, conversation), where a
 * channel thread and a personal chat are each their own conversation id; the reply is sent
 * proactively as one Adaptive Card in the same thread. The activity is claimed before the turn,
 * so a redelivery (to this process, a restarted one or another) never sends the card twice.
 */
export async function handleTeamsActivity(
  adapter: TeamsAdapter,
  activity: TeamsActivity,
  input: { action: string } | { text: string },
): Promise<void> {
  const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? 'unknown';
  const conversationKey = ['teams', tenantId, activity.conversation.id];
  const userId = activity.from.aadObjectId ?? activity.from.id;
  const name = activity.from.name?.trim();
  const target = {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    activityId: activity.id,
  };
  const key = await toMessageId('teams-activity', [tenantId, activity.conversation.id, activity.id]);
  const run = await runDeliveryOnce(
    adapter.context,
    { key, timing: teamsDeliveryTiming, platform: 'teams' },
    async (): Promise<Result<null>> => {
      const { sessionId, turn } = await runTeamChatMessage(adapter.context, {
        secret: adapter.sessionSecret,
        conversationKey,
        owner: { organisationId: `teams:${tenantId}`, userId },
        actor: { id: userId, ...(name ? { name } : {}), channel: 'teams' },
        input,
        messageId: await toMessageId('teams', [activity.id]),
        at: adapter.context.now().toISOString(),
      });
      if (!turn.success) {
        adapter.context.log.warn({ code: turn.error.code, platform: 'teams' }, 'Team-chat turn failed');
        await adapter.connector.reply(target, { text: turn.error.userMessage });
        return { success: false, error: turn.error };
      }
      const card = toAdaptiveCard(turn.data, { sessionId, publicUrl: adapter.context.publicUrl });
      const sent = await adapter.connector.reply(target, { attachments: [card] });
      if (!sent.success) {
        adapter.context.log.error({ err: sent.error, platform: 'teams' }, 'Teams reply failed');
        return sent;
      }
      return { success: true, data: null };
    },
  );
  if (run.outcome === 'unavailable') await adapter.connector.reply(target, { text: teamsNotSavedText });
}
