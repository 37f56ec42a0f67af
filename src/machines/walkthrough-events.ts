import { z } from 'zod';
import { actorSchema, answerValueSchema } from '../questionnaires/answers.ts';

// Times come from the caller (the turn handler) so transitions stay pure and replayable.
const timestampSchema = z.iso.datetime({ offset: true });

/** Everything a walkthrough understands; parse untrusted input with this before calling `transition`. */
export const walkthroughEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('walkthrough.start'), at: timestampSchema }).strict(),
  z
    .object({
      type: z.literal('answer.submit'),
      value: answerValueSchema,
      at: timestampSchema,
      by: actorSchema.optional(),
    })
    .strict(),
  /** A language model's reading of the user's words: kept as a proposal until a person confirms it. */
  z.object({ type: z.literal('answer.propose'), value: answerValueSchema, at: timestampSchema }).strict(),
  z.object({ type: z.literal('proposal.confirm'), at: timestampSchema, by: actorSchema.optional() }).strict(),
  z.object({ type: z.literal('proposal.reject') }).strict(),
  z.object({ type: z.literal('nav.back') }).strict(),
  z.object({ type: z.literal('nav.skip') }).strict(),
  z.object({ type: z.literal('nav.goto'), questionId: z.string().min(1) }).strict(),
  /** Records which question was explained; the explanation itself is retrieved outside the machine. */
  z.object({ type: z.literal('explain.request') }).strict(),
  z.object({ type: z.literal('review.open') }).strict(),
  z.object({ type: z.literal('review.edit'), questionId: z.string().min(1) }).strict(),
  z.object({ type: z.literal('assessment.submit'), at: timestampSchema }).strict(),
  z.object({ type: z.literal('assessment.restart') }).strict(),
  z.object({ type: z.literal('assessment.reopen') }).strict(),
]);
export type WalkthroughEvent = z.infer<typeof walkthroughEventSchema>;
