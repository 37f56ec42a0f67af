import { z } from 'zod';
import { maxTextLength } from '../../conversation/turn-input.ts';
import { tooLongMessage } from '../../questionnaires/text-limits.ts';
import { InvalidRequestError } from '../invalid-request-error.ts';

/** The client's chat id: a RAIA session id, or the client's own name for the chat. */
export const chatIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,128}$/, 'a chat id is 1 to 128 letters, digits, "-" or "_"');

const partSchema = z.looseObject({ type: z.string(), text: z.string().optional() });

const chatMessageSchema = z.looseObject({
  id: z.string().min(1).max(200),
  role: z.enum(['system', 'user', 'assistant']),
  parts: z.array(partSchema),
  metadata: z.unknown().optional(),
});

/**
 * The body `useChat` (AI SDK 6, DefaultChatTransport) posts: the chat id, the messages and the
 * trigger. The client resends the whole history every turn, but the session's transcript is the
 * record: only the newest message is read and validated (`readChatTurn`), the earlier ones pass
 * unread, whatever they hold, so a long walkthrough's history never fails a turn.
 */
export const chatRequestSchema = z.looseObject({
  id: chatIdSchema,
  messages: z.array(z.unknown()).min(1, 'send at least the new user message'),
  trigger: z.enum(['submit-message', 'regenerate-message']).optional(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

/** A quick reply is sent as a user message whose metadata carries the action id. */
const actionMetadataSchema = z.object({ action: z.string().min(1).max(200) });

export type ChatTurn = { messageId: string } & ({ text: string } | { action: string });

/** The turn the last user message asks for; its message id makes a resend idempotent. */
export function readChatTurn(request: ChatRequest): ChatTurn {
  const index = request.messages.length - 1;
  const parsed = chatMessageSchema.safeParse(request.messages[index]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ['messages', index, ...(issue?.path ?? [])].map(String).join('.');
    throw new InvalidRequestError(field, issue?.message ?? 'not a chat message');
  }
  const last = parsed.data;
  if (last.role !== 'user') {
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
