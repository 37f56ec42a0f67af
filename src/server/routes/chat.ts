import { createUIMessageStreamResponse } from 'ai';
import { Hono } from 'hono';
import type { Result } from '../../app-error.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import type { Reply } from '../../conversation/reply.ts';
import { isSessionId } from '../../sessions/session-id.ts';
import { authorizeSession } from '../access/authorize-session.ts';
import type { AccessEnvironment } from '../access/principal.ts';
import { chatRequestSchema, readChatTurn } from '../chat/chat-request.ts';
import { replyToUIMessageStream } from '../chat/reply-to-ui-message-stream.ts';
import { InvalidRequestError } from '../invalid-request-error.ts';
import { requireJson } from '../middleware/require-json.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';
import { apiActor } from './sessions.ts';

/**
 * `POST /api/chat`: the AI SDK 6 UI message stream protocol (SSE), so a standard `useChat` client
 * works. The chat id is the RAIA session id; an unknown one starts a session under that id, owned
 * by the caller. A known one is checked like any other session first.
 */
export function createChatRoutes(assistant: Assistant): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>().post(
    '/',
    requireJson(),
    validateRequest('json', chatRequestSchema),
    async (c) => {
      const request = c.req.valid('json');
      if (!isSessionId(request.id)) {
        throw new InvalidRequestError(
          'id',
          'a chat id is 22 to 128 letters, digits, "-" or "_" (a session id)',
        );
      }
      const { messageId, ...input } = readChatTurn(request);
      const owner = c.var.principal;
      const turn = () =>
        assistant.handleTurn({ sessionId: request.id, messageId, ...input, ...apiActor(owner) });

      const replies: Reply[] = [];
      const existing = await assistant.ownerOf(request.id);
      if (!existing.success && existing.error.code === 'not-found') {
        const created = await assistant.createSession({ sessionId: request.id, owner });
        if (created.success) replies.push(created.data.reply);
        // A concurrent first message may have created it already: then it is checked as known.
        else if (created.error.code !== 'conflict') throw created.error;
      }
      if (replies.length === 0) await authorizeSession(assistant, request.id, c.var, 'write');
      const result: Result<Reply> = await turn();
      replies.push(unwrapResult(result));
      // Everything is saved before the stream starts; errors above became plain JSON responses.
      return createUIMessageStreamResponse({ stream: replyToUIMessageStream(replies) });
    },
  );
}
