import type { Reply } from './reply.ts';
import type { ReplyParts } from './reply-parts.ts';

/** Gives each drafted message its id and role, and stamps the conversation state. */
export function materializeReply(parts: ReplyParts, state: string, generateId: () => string): Reply {
  return {
    ...parts,
    state,
    messages: parts.messages.map((message) => ({ ...message, id: generateId(), role: 'assistant' as const })),
  };
}
