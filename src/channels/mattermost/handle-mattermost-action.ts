import { constantTimeEqual } from '../shared/constant-time-equal.ts';
import { deriveSessionId } from '../shared/derive-session-id.ts';
import { runTeamChatTurn } from '../shared/run-team-chat-turn.ts';
import { toMessageId } from '../shared/to-message-id.ts';
import type { MattermostActionRequest } from './mattermost-action-schema.ts';
import { type MattermostAdapter, mattermostConversationKey } from './mattermost-adapter.ts';
import { renderMattermostReplies } from './render-mattermost-replies.ts';
import { verifyMattermostAction } from './sign-mattermost-action.ts';
import { type MattermostMessage, neutraliseMentions } from './to-mattermost.ts';

export type MattermostActionOutcome =
  | { kind: 'rejected'; reason: 'forged' | 'wrong-conversation' }
  | { kind: 'ephemeral'; body: { ephemeral_text: string } }
  | {
      kind: 'update';
      body: { update: { message: string; props: { attachments: MattermostMessage['attachments'] } } };
    };

/**
 * A button click: verify RAIA's signed context, check that the button's session is the one of
 * the channel the click came from, apply the action and replace the clicked post with the reply
 * (Mattermost lets an action answer only by updating its post or with ephemeral text).
 */
export async function handleMattermostAction(
  adapter: MattermostAdapter,
  request: MattermostActionRequest,
  options: { actionUrl: string },
): Promise<MattermostActionOutcome> {
  const now = adapter.context.now();
  const check = await verifyMattermostAction(adapter.actionSecret, request.context, now);
  if (!check.success && check.reason === 'forged') return { kind: 'rejected', reason: 'forged' };
  if (!check.success) {
    return {
      kind: 'ephemeral',
      body: { ephemeral_text: 'This button has expired. Type `/raia` to continue.' },
    };
  }
  const sessionId = await deriveSessionId(
    adapter.actionSecret,
    mattermostConversationKey(request.channel_id),
  );
  if (!constantTimeEqual(sessionId, request.context.session))
    return { kind: 'rejected', reason: 'wrong-conversation' };
  const turn = await runTeamChatTurn(adapter.context.assistant, {
    sessionId,
    owner: { organisationId: `mattermost:${request.team_id ?? ''}`, userId: request.user_id },
    actor: {
      id: request.user_id,
      ...(request.user_name === undefined ? {} : { name: request.user_name }),
      channel: 'mattermost',
    },
    input: { action: request.context.action },
    messageId: await toMessageId('mattermost', [
      request.post_id,
      request.context.action,
      request.trigger_id ?? now.toISOString(),
    ]),
    at: now.toISOString(),
  });
  if (!turn.success) {
    adapter.context.log.warn({ code: turn.error.code, platform: 'mattermost' }, 'Team-chat turn failed');
    return { kind: 'ephemeral', body: { ephemeral_text: neutraliseMentions(turn.error.userMessage) } };
  }
  const rendered = await renderMattermostReplies(adapter, turn.data, { sessionId, ...options });
  const who = request.user_name === undefined ? 'Someone' : `@${request.user_name}`;
  const chosen = neutraliseMentions(`_${who} chose **${request.context.label}**._`);
  return {
    kind: 'update',
    body: {
      update: { message: `${chosen}\n\n${rendered.text}`, props: { attachments: rendered.attachments } },
    },
  };
}
