import type { Result } from '../../app-error.ts';
import type { Reply } from '../../conversation/reply.ts';
import { escapeMrkdwn } from './markdown-to-mrkdwn.ts';
import type { SlackAdapter } from './slack-adapter.ts';
import type { SlackConversation } from './slack-conversation.ts';
import { toBlockKit } from './to-block-kit.ts';

/**
 * Posts the outcome of a turn in its thread with chat.postMessage: one message per turn. A failed
 * turn is reported in the thread too: Slack got its acknowledgement already and will not retry,
 * so silence would leave the user waiting. Returns whether the turn succeeded and Slack accepted
 * the post, which is when a delivery counts as done.
 */
export async function deliverSlackTurn(
  adapter: SlackAdapter,
  delivery: { conversation: SlackConversation; sessionId: string; turn: Result<Reply> },
): Promise<Result<null>> {
  const { conversation, turn } = delivery;
  if (!turn.success) {
    adapter.context.log.warn({ code: turn.error.code, platform: 'slack' }, 'Team-chat turn failed');
    const text = escapeMrkdwn(turn.error.userMessage);
    const posted = await adapter.client.postMessage({
      channel: conversation.channel,
      threadTs: conversation.threadTs,
      text,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${text}` } }],
    });
    if (!posted.success)
      adapter.context.log.error({ err: posted.error, platform: 'slack' }, 'Slack post failed');
    return turn;
  }
  const message = toBlockKit(turn.data, {
    sessionId: delivery.sessionId,
    publicUrl: adapter.context.publicUrl,
  });
  const posted = await adapter.client.postMessage({
    channel: conversation.channel,
    threadTs: conversation.threadTs,
    ...message,
  });
  if (!posted.success) {
    adapter.context.log.error({ err: posted.error, platform: 'slack' }, 'Slack post failed');
    return posted;
  }
  return { success: true, data: null };
}
