import type { Result } from '../../app-error.ts';
import type { Assistant, SessionOwner } from '../../conversation/assistant.ts';
import type { Reply } from '../../conversation/reply.ts';

/**
 * Opens the session of a conversation the first time anyone talks to RAIA there. Returns the
 * greeting when this call created it, or null when it already existed. Two first messages racing
 * each other are fine: the loser's create fails with `conflict` and the session is there.
 */
export async function ensureSession(
  assistant: Assistant,
  options: { sessionId: string; owner: SessionOwner; at: string },
): Promise<Result<{ greeting: Reply | null }>> {
  // ownerOf reads only the session's state row; getSession would read its whole transcript,
  // on every team-chat message.
  const existing = await assistant.ownerOf(options.sessionId);
  if (existing.success) return { success: true, data: { greeting: null } };
  if (existing.error.code !== 'not-found') return existing;
  const created = await assistant.createSession(options);
  if (created.success) return { success: true, data: { greeting: created.data.reply } };
  if (created.error.code === 'conflict') return { success: true, data: { greeting: null } };
  return created;
}
