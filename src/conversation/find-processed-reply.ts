import { AppError, type Result } from '../app-error.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import type { PendingLog } from './legacy-session-data.ts';
import { type Reply, replySchema } from './reply.ts';

/**
 * The reply already given to a client message id, if any. Call it after loading the session: a
 * save by another process after that load moves the revision, so this turn's own save fails
 * and its retry finds the other process's record here.
 */
export async function findProcessedReply(
  store: SessionStore,
  sessionId: string,
  messageId: string,
  pendingLog: PendingLog | undefined,
): Promise<Result<{ fingerprint: string; reply: Reply } | undefined>> {
  // A version-1 blob still holds its recent replies inline until its first save.
  const inline = pendingLog?.processed.find((entry) => entry.messageId === messageId);
  if (inline !== undefined) return { success: true, data: inline };
  const found = await store.findProcessed(sessionId, messageId);
  if (found === undefined) return { success: true, data: undefined };
  const reply = replySchema.safeParse(found.reply);
  if (!reply.success) {
    return {
      success: false,
      error: new AppError('internal', 'This session could not be read.', { cause: reply.error }),
    };
  }
  return { success: true, data: { fingerprint: found.fingerprint, reply: reply.data } };
}
