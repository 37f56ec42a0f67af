import type { Result } from '../../app-error.ts';
import { runDeliveryOnce } from '../shared/run-delivery-once.ts';
import { runTeamChatMessage } from '../shared/run-team-chat-message.ts';
import { toMessageId } from '../shared/to-message-id.ts';
import { deliverSlackTurn } from './deliver-slack-turn.ts';
import { escapeMrkdwn } from './markdown-to-mrkdwn.ts';
import type { SlackAdapter } from './slack-adapter.ts';
import type { SlackCommand } from './slack-command-schema.ts';
import { isDirectMessageChannel, type SlackConversation, slackConversation } from './slack-conversation.ts';
import { slackReplayTiming } from './slack-delivery-timing.ts';

export const cannotPostText =
  'RAIA cannot post in this conversation. Invite it to the channel (`/invite @RAIA`) or open a direct message with RAIA.';
export const commandNotSavedText =
  'RAIA could not save your command: its storage is not answering. Please try again in a few minutes.';

/**
 * `/raia <text>` after the acknowledgement. In a channel a slash command cannot start inside a
 * thread, so RAIA posts a short starter message and runs the conversation in its thread; in the
 * direct message with RAIA the conversation is the user's own. Follow-ups use chat.postMessage:
 * `response_url` takes only about five posts, too few for a questionnaire, so it is used only to
 * tell the user (privately) when RAIA cannot post or save.
 *
 * `requestId` identifies the verified request (see slackRequestId): it is claimed before anything
 * is posted, so a replay of the signed request inside Slack's five-minute window does nothing.
 */
export async function handleSlackCommand(
  adapter: SlackAdapter,
  command: SlackCommand,
  request: { requestId: string },
): Promise<void> {
  const run = await runDeliveryOnce(
    adapter.context,
    {
      key: await toMessageId('slack-command', [request.requestId]),
      timing: slackReplayTiming,
      platform: 'slack',
    },
    () => answerCommand(adapter, command, request.requestId),
  );
  if (run.outcome === 'unavailable') {
    await adapter.client.respond(command.response_url, { text: commandNotSavedText });
  } else if (run.outcome === 'repeated') {
    adapter.context.log.warn({ platform: 'slack', reason: run.reason }, 'Ignored a repeated Slack command');
  }
}

async function answerCommand(
  adapter: SlackAdapter,
  command: SlackCommand,
  requestId: string,
): Promise<Result<null>> {
  const conversation = await openConversation(adapter, command);
  if (conversation === undefined) {
    await adapter.client.respond(command.response_url, { text: cannotPostText });
    return { success: true, data: null };
  }
  const { sessionId, turn } = await runTeamChatMessage(adapter.context, {
    secret: adapter.sessionSecret,
    conversationKey: conversation.key,
    owner: { organisationId: `slack:${command.team_id}`, userId: command.user_id },
    actor: {
      id: command.user_id,
      ...(command.user_name === undefined ? {} : { name: command.user_name }),
      channel: 'slack',
    },
    input: { text: command.text },
    // In a direct message every command shares one conversation key, so the id must come from
    // the request itself: each command typed is signed anew, with its own timestamp.
    messageId: await toMessageId('slack-command', [command.trigger_id ?? requestId]),
    at: adapter.context.now().toISOString(),
  });
  const delivered = await deliverSlackTurn(adapter, { conversation, sessionId, turn });
  if (turn.success && !delivered.success) {
    await adapter.client.respond(command.response_url, { text: cannotPostText });
  }
  return delivered;
}

async function openConversation(
  adapter: SlackAdapter,
  command: SlackCommand,
): Promise<SlackConversation | undefined> {
  const where = {
    teamId: command.team_id,
    channel: command.channel_id,
    userId: command.user_id,
    threadTs: undefined,
  };
  if (isDirectMessageChannel(command.channel_id))
    return slackConversation({ ...where, messageTs: '', isDirect: true });
  const quoted =
    command.text.trim() === '' ? '' : `\n>${escapeMrkdwn(command.text.trim()).replaceAll('\n', '\n>')}`;
  const text = `<@${command.user_id}> opened a RAIA conversation. Reply in this thread, mentioning @RAIA.${quoted}`;
  const starter = await adapter.client.postMessage({
    channel: command.channel_id,
    text,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  });
  if (!starter.success) return undefined;
  return slackConversation({ ...where, messageTs: starter.data.ts, isDirect: false });
}
