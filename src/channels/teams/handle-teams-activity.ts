import { deriveSessionId } from '../shared/derive-session-id.ts';
import { runTeamChatTurn } from '../shared/run-team-chat-turn.ts';
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

/** What a message activity asks RAIA: an Action.Submit click, or text without the @mention. */
export function teamsTurnInput(activity: TeamsActivity): { action: string } | { text: string } | undefined {
  const submitted = teamsSubmitValueSchema.safeParse(activity.value);
  if (submitted.success) return { action: submitted.data.raiaAction };
  if (activity.text === undefined) return undefined;
  // In channels and group chats the text starts with `<at>RAIA</at>`, often followed by `&nbsp;`.
  const text = activity.text
    .replace(/<at>[^<]*<\/at>/g, '')
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
  return { text: text.trim() };
}

/**
 * One message activity, after the 200: one RAIA session per (tenant, conversation), where a
 * channel thread and a personal chat are each their own conversation id; the replies are sent
 * proactively as Adaptive Cards in the same thread.
 */
export async function handleTeamsActivity(
  adapter: TeamsAdapter,
  activity: TeamsActivity,
  input: { action: string } | { text: string },
): Promise<void> {
  const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? 'unknown';
  const sessionId = await deriveSessionId(adapter.sessionSecret, [
    'teams',
    tenantId,
    activity.conversation.id,
  ]);
  const userId = activity.from.aadObjectId ?? activity.from.id;
  const name = activity.from.name?.trim();
  const turn = await runTeamChatTurn(adapter.context.assistant, {
    sessionId,
    owner: { organisationId: `teams:${tenantId}`, userId },
    actor: { id: userId, ...(name ? { name } : {}), channel: 'teams' },
    input,
    messageId: await toMessageId('teams', [activity.id]),
    at: adapter.context.now().toISOString(),
  });
  const target = {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    activityId: activity.id,
  };
  if (!turn.success) {
    adapter.context.log.warn({ code: turn.error.code, platform: 'teams' }, 'Team-chat turn failed');
    await adapter.connector.reply(target, { text: turn.error.userMessage });
    return;
  }
  for (const reply of turn.data) {
    const card = toAdaptiveCard(reply, { sessionId, publicUrl: adapter.context.publicUrl });
    const sent = await adapter.connector.reply(target, { attachments: [card] });
    if (!sent.success) {
      adapter.context.log.error({ err: sent.error, platform: 'teams' }, 'Teams reply failed');
      return;
    }
  }
}
