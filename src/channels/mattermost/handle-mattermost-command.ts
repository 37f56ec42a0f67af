import { fetchWithRetryAfter } from '../shared/fetch-with-retry-after.ts';
import { runTeamChatMessage } from '../shared/run-team-chat-message.ts';
import { toMessageId } from '../shared/to-message-id.ts';
import { type MattermostAdapter, mattermostConversationKey } from './mattermost-adapter.ts';
import type { MattermostCommand } from './mattermost-command-schema.ts';
import { renderMattermostReply } from './render-mattermost-reply.ts';
import { neutraliseMentions } from './to-mattermost.ts';

/**
 * `/raia <text>` after the acknowledgement: one turn, then the reply posted in the channel
 * through the command's `response_url` (the server waits at most 30 s for the first answer, and
 * a turn that consults the language model may take longer).
 */
export async function handleMattermostCommand(
  adapter: MattermostAdapter,
  command: MattermostCommand,
  options: { actionUrl: string },
): Promise<void> {
  const { sessionId, turn } = await runTeamChatMessage(adapter.context, {
    secret: adapter.actionSecret,
    conversationKey: mattermostConversationKey(command.channel_id),
    owner: { organisationId: `mattermost:${command.team_id}`, userId: command.user_id },
    actor: {
      id: command.user_id,
      ...(command.user_name === undefined ? {} : { name: command.user_name }),
      channel: 'mattermost',
    },
    input: { text: command.text },
    messageId:
      command.trigger_id === undefined ? undefined : await toMessageId('mattermost', [command.trigger_id]),
    at: adapter.context.now().toISOString(),
  });
  const body = turn.success
    ? {
        response_type: 'in_channel',
        // The command's user is vouched for by the command token: the buttons are offered to them.
        ...(await renderMattermostReply(adapter, turn.data, {
          sessionId,
          ...options,
          audience: { channel: command.channel_id, user: command.user_id, userName: command.user_name ?? '' },
        })),
      }
    : { response_type: 'ephemeral', text: neutraliseMentions(turn.error.userMessage) };
  if (!turn.success)
    adapter.context.log.warn({ code: turn.error.code, platform: 'mattermost' }, 'Team-chat turn failed');
  const response = await fetchWithRetryAfter(adapter.context, command.response_url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.body?.cancel();
  if (!response.ok) {
    adapter.context.log.error(
      { status: response.status, platform: 'mattermost' },
      'Mattermost response_url refused the reply',
    );
  }
}
