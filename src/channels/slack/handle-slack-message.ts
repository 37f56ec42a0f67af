import { AppError } from '../../app-error.ts';
import { decodeHtmlEntities } from '../shared/decode-html-entities.ts';
import { deriveSessionId } from '../shared/derive-session-id.ts';
import { runDeliveryOnce } from '../shared/run-delivery-once.ts';
import { runTeamChatMessage } from '../shared/run-team-chat-message.ts';
import { toMessageId } from '../shared/to-message-id.ts';
import { deliverSlackTurn } from './deliver-slack-turn.ts';
import type { SlackAdapter } from './slack-adapter.ts';
import { slackConversation } from './slack-conversation.ts';
import { slackEventTiming } from './slack-delivery-timing.ts';
import type { SlackMessageEvent } from './slack-event-schema.ts';

export const messageNotSavedText =
  'RAIA could not save your message: its storage is not answering. Please send it again in a few minutes.';

/**
 * An `app_mention` or direct message, after the acknowledgement: one turn, one reply in the
 * thread. The event_id is claimed before the turn, so Slack's retries (and a retry reaching
 * another process or a restarted one) never post the reply twice; the turn itself is applied
 * once through its message id in any case.
 */
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
  const key = await toMessageId('slack-event', [teamId, delivery.eventId]);
  const run = await runDeliveryOnce(
    adapter.context,
    { key, timing: slackEventTiming, platform: 'slack' },
    async () => {
      const handled = await runTeamChatMessage(adapter.context, {
        secret: adapter.sessionSecret,
        conversationKey: conversation.key,
        owner: { organisationId: `slack:${teamId}`, userId: event.user },
        actor: { id: event.user, channel: 'slack' },
        input: { text: slackTextToPlain(event.text, delivery.botUserIds) },
        // event_id stays the same across Slack's retries: the assistant applies it once.
        messageId: await toMessageId('slack', [delivery.eventId]),
        at: adapter.context.now().toISOString(),
      });
      return deliverSlackTurn(adapter, { conversation, ...handled });
    },
  );
  if (run.outcome === 'unavailable') {
    const turn = { success: false as const, error: new AppError('store-unavailable', messageNotSavedText) };
    await deliverSlackTurn(adapter, { conversation, sessionId, turn });
  }
}

/**
 * Removes the mention that addressed RAIA (leading mentions, and RAIA's own user anywhere) and
 * decodes the entities Slack escapes, so the core sees what the person typed.
 */
export function slackTextToPlain(text: string, botUserIds: readonly string[]): string {
  let plain = text.replace(/^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>)+/, '');
  for (const botUserId of botUserIds.filter((id) => /^[A-Z0-9]+$/.test(id))) {
    plain = plain.replaceAll(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), '');
  }
  return decodeHtmlEntities(plain).trim();
}
