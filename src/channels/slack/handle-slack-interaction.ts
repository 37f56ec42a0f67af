import { AppError } from '../../app-error.ts';
import { deriveSessionId } from '../shared/derive-session-id.ts';
import { runDeliveryOnce } from '../shared/run-delivery-once.ts';
import { runTeamChatMessage } from '../shared/run-team-chat-message.ts';
import { toMessageId } from '../shared/to-message-id.ts';
import { deliverSlackTurn } from './deliver-slack-turn.ts';
import { escapeMrkdwn } from './markdown-to-mrkdwn.ts';
import type { SlackAdapter } from './slack-adapter.ts';
import type { SlackBlockActions } from './slack-block-actions-schema.ts';
import { isDirectMessageChannel, slackConversation } from './slack-conversation.ts';
import { slackReplayTiming } from './slack-delivery-timing.ts';
import { quickReplyActionPrefix } from './to-block-kit.ts';

export const choiceNotSavedText =
  'RAIA could not save your choice: its storage is not answering. Please click it again in a few minutes.';

/**
 * A click on one of RAIA's quick-reply buttons, after the acknowledgement: apply the RAIA action
 * carried in the button's value, mark the clicked message as answered (its buttons removed, so a
 * second click cannot answer the next question by mistake) and post the reply in the thread.
 */
export async function handleSlackInteraction(
  adapter: SlackAdapter,
  payload: SlackBlockActions,
): Promise<void> {
  const [action] = payload.actions;
  // The report link button posts a payload too; it carries no RAIA action.
  if (action?.value === undefined || !action.action_id.startsWith(quickReplyActionPrefix)) return;
  const teamId = payload.team?.id ?? payload.user.team_id;
  if (teamId === undefined) return;
  const { container, user } = payload;
  const conversation = slackConversation({
    teamId,
    channel: container.channel_id,
    userId: user.id,
    threadTs: container.thread_ts ?? payload.message?.thread_ts,
    messageTs: container.message_ts,
    isDirect: isDirectMessageChannel(container.channel_id),
  });
  const sessionId = await deriveSessionId(adapter.sessionSecret, conversation.key);
  // The same click delivered twice (or replayed) has the same message, button and action_ts:
  // claimed once, so it is applied and answered once.
  const click = [container.message_ts, action.action_id, action.action_ts];
  const name = user.name ?? user.username;
  const value = action.value;
  const run = await runDeliveryOnce(
    adapter.context,
    { key: await toMessageId('slack-click', click), timing: slackReplayTiming, platform: 'slack' },
    async () => {
      const { sessionId: current, turn } = await runTeamChatMessage(adapter.context, {
        secret: adapter.sessionSecret,
        conversationKey: conversation.key,
        owner: { organisationId: `slack:${teamId}`, userId: user.id },
        actor: { id: user.id, ...(name === undefined ? {} : { name }), channel: 'slack' },
        input: { action: value },
        messageId: await toMessageId('slack', click),
        at: adapter.context.now().toISOString(),
      });
      if (turn.success && container.is_ephemeral !== true) {
        await markAnswered(adapter, payload, action.text?.text ?? value);
      }
      return deliverSlackTurn(adapter, { conversation, sessionId: current, turn });
    },
  );
  if (run.outcome === 'unavailable') {
    const turn = { success: false as const, error: new AppError('store-unavailable', choiceNotSavedText) };
    await deliverSlackTurn(adapter, { conversation, sessionId, turn });
  }
}

/** Replaces the clicked message's buttons with who chose what (chat.update keeps the text). */
async function markAnswered(adapter: SlackAdapter, payload: SlackBlockActions, label: string): Promise<void> {
  const blocks = (payload.message?.blocks ?? []).filter(
    (block) => block.type !== 'actions' || block.block_id === 'raia-report',
  );
  const chosen = `<@${payload.user.id}> chose *${escapeMrkdwn(label)}*`;
  const updated = await adapter.client.updateMessage({
    channel: payload.container.channel_id,
    ts: payload.container.message_ts,
    text: payload.message?.text ?? chosen,
    blocks: [...blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: chosen }] }],
  });
  if (!updated.success)
    adapter.context.log.warn({ err: updated.error, platform: 'slack' }, 'Slack update failed');
}
