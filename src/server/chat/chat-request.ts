import { z } from 'zod';
import { maxTextLength } from '../../conversation/turn-input.ts';
import { tooLongMessage } from '../../questionnaires/text-limits.ts';
import { InvalidRequestError } from '../invalid-request-error.ts';

const partSchema = z.looseObject({ type: z.string(), text: z.string().optional() });

/**
 * The body `useChat` (AI SDK 6, DefaultChatTransport) posts: the chat id, the messages and the
 * trigger. Only the last user message is read: the session holds the history, so clients may send
 * just that one (`prepareSendMessagesRequest`) to stay under the 64 KB body limit.
 */
export const chatRequestSchema = z.looseObject({
  id: z.string().min(1).max(200),
  messages: z
    .array(
      z.looseObject({
        id: z.string().min(1).max(200),
        role: z.enum(['system', 'user', 'assistant']),
        parts: z.array(partSchema),
        metadata: z.unknown().optional(),
      }),
    )
    .min(1, 'send at least the new user message'),
  trigger: z.enum(['submit-message', 'regenerate-message']).optional(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

/** A quick reply is sent as a user message whose metadata carries the action id. */
const actionMetadataSchema = z.object({ action: z.string().min(1).max(200) });

export type ChatTurn = { messageId: string } & ({ text: string } | { action: string });

/** The turn the last user message asks for; its message id makes a resend idempotent. */
export function readChatTurn(request: ChatRequest): ChatTurn {
  const last = request.messages.at(-1);
  if (last === undefined || last.role !== 'user') {
    throw new InvalidRequestError('messages', 'the last message must be the user message to answer');
  }
  const action = actionMetadataSchema.safeParse(last.metadata);
  if (action.success) return { messageId: last.id, action: action.data.action };

  const text = last.parts
    .flatMap((part) => (part.type === 'text' && part.text !== undefined ? [part.text] : []))
    .join('\n')
    .trim();
  if (text === '') throw new InvalidRequestError('messages', 'the last user message has no text');
  if (text.length > maxTextLength) {
    throw new InvalidRequestError('messages', tooLongMessage(text.length));
  }
  return { messageId: last.id, text };
}
