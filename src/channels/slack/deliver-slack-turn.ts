import type { Result } from '../../app-error.ts';
import type { Reply } from '../../conversation/reply.ts';
import { escapeMrkdwn } from './markdown-to-mrkdwn.ts';
import type { SlackAdapter } from './slack-adapter.ts';
import type { SlackConversation } from './slack-conversation.ts';
import { toBlockKit } from './to-block-kit.ts';

/**
 * Posts the outcome of a turn in its thread with chat.postMessage. A failed turn is reported in
 * the thread too: Slack got its acknowledgement already and will not retry, so silence would
 * leave the user waiting. Returns whether Slack accepted every post.
 */
export async function deliverSlackTurn(
  adapter: SlackAdapter,
  delivery: { conversation: SlackConversation; sessionId: string; messageId: string; turn: Result<Reply[]> },
): Promise<Result<null>> {
  const { conversation, turn } = delivery;
  if (adapter.answered.has(delivery.messageId)) return { success: true, data: null };
  if (!turn.success) {
    adapter.context.log.warn({ code: turn.error.code, platform: 'slack' }, 'Team-chat turn failed');
    const posted = await adapter.client.postMessage({
      channel: conversation.channel,
      threadTs: conversation.threadTs,
      text: escapeMrkdwn(turn.error.userMessage),
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: `:warning: ${escapeMrkdwn(turn.error.userMessage)}` },
        },
      ],
    });
    return posted.success ? { success: true, data: null } : posted;
  }
  for (const reply of turn.data) {
    const message = toBlockKit(reply, {
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
  }
  adapter.answered.add(delivery.messageId);
  return { success: true, data: null };
}
