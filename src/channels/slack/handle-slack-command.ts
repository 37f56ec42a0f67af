import { deriveSessionId } from '../shared/derive-session-id.ts';
import { runTeamChatTurn } from '../shared/run-team-chat-turn.ts';
import { toMessageId } from '../shared/to-message-id.ts';
import { deliverSlackTurn } from './deliver-slack-turn.ts';
import { escapeMrkdwn } from './markdown-to-mrkdwn.ts';
import type { SlackAdapter } from './slack-adapter.ts';
import type { SlackCommand } from './slack-command-schema.ts';
import { isDirectMessageChannel, type SlackConversation, slackConversation } from './slack-conversation.ts';

export const cannotPostText =
  'RAIA cannot post in this conversation. Invite it to the channel (`/invite @RAIA`) or open a direct message with RAIA.';

/**
 * `/raia <text>` after the acknowledgement. In a channel a slash command cannot start inside a
 * thread, so RAIA posts a short starter message and runs the conversation in its thread; in the
 * direct message with RAIA the conversation is the user's own. Follow-ups use chat.postMessage:
 * `response_url` takes only about five posts, too few for a questionnaire, so it is used only to
 * tell the user (privately) when RAIA cannot post.
 */
export async function handleSlackCommand(adapter: SlackAdapter, command: SlackCommand): Promise<void> {
  const conversation = await openConversation(adapter, command);
  if (conversation === undefined) {
    await adapter.client.respond(command.response_url, { text: cannotPostText });
    return;
  }
  const sessionId = await deriveSessionId(adapter.sessionSecret, conversation.key);
  const messageId = await toMessageId('slack-command', [command.trigger_id ?? conversation.key.join(':')]);
  const turn = await runTeamChatTurn(adapter.context.assistant, {
    sessionId,
    owner: { organisationId: `slack:${command.team_id}`, userId: command.user_id },
    actor: {
      id: command.user_id,
      ...(command.user_name === undefined ? {} : { name: command.user_name }),
      channel: 'slack',
    },
    input: { text: command.text },
    messageId,
    at: adapter.context.now().toISOString(),
  });
  const delivered = await deliverSlackTurn(adapter, { conversation, sessionId, messageId, turn });
  if (!delivered.success) await adapter.client.respond(command.response_url, { text: cannotPostText });
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
