import type { Result } from '../../app-error.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import { deriveSessionId } from './derive-session-id.ts';

/** The sessions of one team-chat conversation (a thread, a direct message), oldest first. */
export interface ConversationSessions {
  /** Where messages go: the newest session of the conversation, or its first one, not yet created. */
  current: string;
  currentExists: boolean;
  /** Where the conversation's next assessment ("assess", "reassess") is created; null when full. */
  next: string | null;
}

/**
 * A conversation holds a short chain of sessions: the first is the one its key has always named
 * (so existing threads keep theirs), and each "assess <system>" or "reassess" after it creates the
 * next, whose id is derived from the key and its place in the chain. The ids need no table, so
 * the current one is found by looking for each in turn: one read per session of the conversation,
 * plus one.
 */
export async function findConversationSessions(
  assistant: Assistant,
  secret: string,
  conversationKey: readonly string[],
): Promise<Result<ConversationSessions>> {
  let current = await conversationSessionId(secret, conversationKey, 0);
  for (let place = 0; place < maxSessionsPerConversation; place += 1) {
    const id = place === 0 ? current : await conversationSessionId(secret, conversationKey, place);
    const owner = await assistant.ownerOf(id);
    if (!owner.success) {
      if (owner.error.code !== 'not-found') return owner;
      return place === 0
        ? { success: true, data: { current: id, currentExists: false, next: id } }
        : { success: true, data: { current, currentExists: true, next: id } };
    }
    current = id;
  }
  return { success: true, data: { current, currentExists: true, next: null } };
}

/**
 * Bounds the reads per message. A thread assesses one system and its reassessments; a direct
 * message that reaches this many says so and the person continues in a channel thread.
 */
export const maxSessionsPerConversation = 50;

/** The id of the session at `place` in a conversation's chain (0: the key's own, as before). */
export function conversationSessionId(
  secret: string,
  conversationKey: readonly string[],
  place: number,
): Promise<string> {
  return deriveSessionId(secret, place === 0 ? conversationKey : [...conversationKey, `assessment-${place}`]);
}
