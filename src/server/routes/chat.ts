import { createUIMessageStreamResponse } from 'ai';
import { Hono } from 'hono';
import type { Result } from '../../app-error.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import type { Reply } from '../../conversation/reply.ts';
import { isSessionId } from '../../sessions/session-id.ts';
import { chatRequestSchema, readChatTurn } from '../chat/chat-request.ts';
import { replyToUIMessageStream } from '../chat/reply-to-ui-message-stream.ts';
import { InvalidRequestError } from '../invalid-request-error.ts';
import { requireJson } from '../middleware/require-json.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';

/**
 * `POST /api/chat`: the AI SDK 6 UI message stream protocol (SSE), so a standard `useChat` client
 * works. The chat id is the RAIA session id; an unknown one starts a session under that id.
 */
export function createChatRoutes(assistant: Assistant): Hono {
  return new Hono().post('/', requireJson(), validateRequest('json', chatRequestSchema), async (c) => {
    const request = c.req.valid('json');
    if (!isSessionId(request.id)) {
      throw new InvalidRequestError(
        'id',
        'a chat id is 22 to 128 letters, digits, "-" or "_" (a session id)',
      );
    }
    const { messageId, ...input } = readChatTurn(request);
    const turn = () => assistant.handleTurn({ sessionId: request.id, messageId, ...input });

    // The common case is a known session: try the turn first and create the session only if needed.
    const replies: Reply[] = [];
    let result: Result<Reply> = await turn();
    if (!result.success && result.error.code === 'not-found') {
      const created = await assistant.createSession({ sessionId: request.id });
      // A concurrent first message may have created it already: then just take the turn.
      if (created.success) replies.push(created.data.reply);
      else if (created.error.code !== 'conflict') throw created.error;
      result = await turn();
    }
    replies.push(unwrapResult(result));
    // Everything is saved before the stream starts; errors above became plain JSON responses.
    return createUIMessageStreamResponse({ stream: replyToUIMessageStream(replies) });
  });
}
