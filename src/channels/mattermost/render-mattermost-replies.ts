import type { Reply } from '../../conversation/reply.ts';
import type { MattermostAdapter } from './mattermost-adapter.ts';
import { signMattermostAction } from './sign-mattermost-action.ts';
import { type MattermostMessage, toMattermost } from './to-mattermost.ts';

/** Signs a button for each quick reply of the last reply, then renders the post. */
export async function renderMattermostReplies(
  adapter: MattermostAdapter,
  replies: readonly Reply[],
  options: { sessionId: string; actionUrl: string },
): Promise<MattermostMessage> {
  const now = adapter.context.now();
  const contexts = await Promise.all(
    (replies.at(-1)?.quickReplies ?? []).map((quickReply) =>
      signMattermostAction(
        adapter.actionSecret,
        { session: options.sessionId, action: quickReply.id, label: quickReply.label.slice(0, 200) },
        now,
      ),
    ),
  );
  return toMattermost(replies, { ...options, publicUrl: adapter.context.publicUrl, contexts });
}
