import { deriveSessionId } from '../shared/derive-session-id.ts';
import { runTeamChatTurn } from '../shared/run-team-chat-turn.ts';
import { toMessageId } from '../shared/to-message-id.ts';
import { deliverSlackTurn } from './deliver-slack-turn.ts';
import type { SlackAdapter } from './slack-adapter.ts';
import { slackConversation } from './slack-conversation.ts';
import type { SlackMessageEvent } from './slack-event-schema.ts';

/** An `app_mention` or direct message, after the acknowledgement: one turn, replies in the thread. */
export async function handleSlackMessage(
  adapter: SlackAdapter,
  delivery: {
    teamId: string;
    eventId: string;
    event: SlackMessageEvent & { user: string };
    botUserIds: string[];
  },
): Promise<void> {
  const { event, teamId } = delivery;
  const conversation = slackConversation({
    teamId,
    channel: event.channel,
    userId: event.user,
    threadTs: event.thread_ts,
    messageTs: event.ts,
    isDirect: event.channel_type === 'im',
  });
  const sessionId = await deriveSessionId(adapter.sessionSecret, conversation.key);
  // event_id stays the same across Slack's retries: the assistant applies it once.
  const messageId = await toMessageId('slack', [delivery.eventId]);
  const turn = await runTeamChatTurn(adapter.context.assistant, {
    sessionId,
    owner: { organisationId: `slack:${teamId}`, userId: event.user },
    actor: { id: event.user, channel: 'slack' },
    input: { text: slackTextToPlain(event.text, delivery.botUserIds) },
    messageId,
    at: adapter.context.now().toISOString(),
  });
  await deliverSlackTurn(adapter, { conversation, sessionId, messageId, turn });
}

/**
 * Removes the mention that addressed RAIA (leading mentions, and RAIA's own user anywhere) and
 * decodes the three entities Slack escapes, so the core sees what the person typed.
 */
export function slackTextToPlain(text: string, botUserIds: readonly string[]): string {
  let plain = text.replace(/^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>)+/, '');
  for (const botUserId of botUserIds.filter((id) => /^[A-Z0-9]+$/.test(id))) {
    plain = plain.replaceAll(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), '');
  }
  return plain.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').trim();
}
