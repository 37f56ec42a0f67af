import { z } from 'zod';
import { actorSchema } from '../questionnaires/answers.ts';
import { textLimits, tooLongMessage } from '../questionnaires/text-limits.ts';

export const maxTextLength = textLimits.message;

/** A message over the limit is refused whole, with the limit and its length (zod's own wording is not for people). */
export const messageTextSchema = z.string().max(maxTextLength, {
  error: (issue) => tooLongMessage(typeof issue.input === 'string' ? issue.input.length : undefined),
});

/** One user turn, as every channel hands it to `handleTurn`. */
export const turnInputSchema = z
  .object({
    sessionId: z.string().min(1),
    text: messageTextSchema.optional(),
    action: z.string().min(1).max(200).optional(),
    /** Client-chosen id: the same id twice is applied once and returns the first reply. */
    messageId: z.string().min(1).max(200).optional(),
    actor: actorSchema.optional(),
    /** ISO 8601 time of the turn; injected so tests control time. */
    at: z.string().optional(),
  })
  .refine((input) => (input.text === undefined) !== (input.action === undefined), {
    message: 'send exactly one of text or action',
    path: ['text'],
  });
export type TurnInput = z.infer<typeof turnInputSchema>;
