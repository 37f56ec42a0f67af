import { createUIMessageStreamResponse } from 'ai';
import { Hono } from 'hono';
import type { Assistant } from '../../conversation/assistant.ts';
import type { Reply } from '../../conversation/reply.ts';
import { requireRoleFor } from '../access/authorize-session.ts';
import type { AccessEnvironment } from '../access/principal.ts';
import { readChatTurn } from '../chat/chat-request.ts';
import { readChatRequest } from '../chat/read-chat-request.ts';
import { replyToUIMessageStream } from '../chat/reply-to-ui-message-stream.ts';
import { resolveChatSession } from '../chat/resolve-chat-session.ts';
import { requireJson } from '../middleware/require-json.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { apiActor } from './sessions.ts';

/**
 * `POST /api/chat`: the AI SDK 6 UI message stream protocol (SSE), so a standard `useChat` client
 * works. The chat id is a RAIA session id or the client's own id, bound to a session of the
 * caller's on first use (resolve-chat-session.ts).
 */
export function createChatRoutes(assistant: Assistant): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>().post('/', requireJson(), async (c) => {
    const request = await readChatRequest(c.req);
    // Read before any session exists: a malformed message starts nothing.
    const { messageId, ...input } = readChatTurn(request);
    // Every chat message is a turn that may record an answer: a reader is refused before anything starts.
    requireRoleFor(c.var, 'write');
    const owner = c.var.principal;
    const { sessionId, greeting } = await resolveChatSession(assistant, request.id, c.var);
    const reply = unwrapResult(
      await assistant.handleTurn({ sessionId, messageId, ...input, ...apiActor(owner) }),
    );
    const replies: Reply[] = greeting === null ? [reply] : [greeting, reply];
    // Everything is saved before the stream starts; errors above became plain JSON responses.
    return createUIMessageStreamResponse({ stream: replyToUIMessageStream(sessionId, replies) });
  });
}
