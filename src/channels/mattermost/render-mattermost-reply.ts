import type { Reply } from '../../conversation/reply.ts';
import type { MattermostAdapter } from './mattermost-adapter.ts';
import { createActionNonce, signMattermostAction } from './sign-mattermost-action.ts';
import { type MattermostMessage, toMattermost } from './to-mattermost.ts';

/** Who a post's buttons are offered to: a user Mattermost vouched for, in one channel. */
export interface MattermostAudience {
  channel: string;
  user: string;
  /** '' when Mattermost did not say. */
  userName: string;
}

/**
 * Signs a button for each quick reply, bound to the audience and to one fresh nonce shared by the
 * whole post (choosing one option of a question uses up the others), then renders the post.
 */
export async function renderMattermostReply(
  adapter: MattermostAdapter,
  reply: Reply,
  options: { sessionId: string; actionUrl: string; audience: MattermostAudience },
): Promise<MattermostMessage> {
  const now = adapter.context.now();
  const nonce = createActionNonce();
  const contexts = await Promise.all(
    reply.quickReplies.map((quickReply) =>
      signMattermostAction(
        adapter.actionSecret,
        {
          session: options.sessionId,
          ...options.audience,
          nonce,
          action: quickReply.id,
          label: quickReply.label.slice(0, 200),
        },
        now,
      ),
    ),
  );
  return toMattermost(reply, {
    sessionId: options.sessionId,
    actionUrl: options.actionUrl,
    publicUrl: adapter.context.publicUrl,
    contexts,
  });
}
