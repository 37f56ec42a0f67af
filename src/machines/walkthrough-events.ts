import { z } from 'zod';
import { actorSchema, answerValueSchema } from '../questionnaires/answers.ts';
import { noteKindSchema } from '../questionnaires/question-notes.ts';

/** Who read the person's words as a proposal: RAIA's own reading, or a language model. */
export const proposalSourceSchema = z.enum(['reading', 'model']);
export type ProposalSource = z.infer<typeof proposalSourceSchema>;

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
  /**
   * A reading of the user's words that is not exact (RAIA's keyword or fuzzy reading, or a model's
   * suggestion): kept as a proposal until a person confirms it. Without `source`, a model's.
   */
  z
    .object({
      type: z.literal('answer.propose'),
      value: answerValueSchema,
      at: timestampSchema,
      source: proposalSourceSchema.optional(),
      reason: z.string().max(500).optional(),
    })
    .strict(),
  z.object({ type: z.literal('proposal.confirm'), at: timestampSchema, by: actorSchema.optional() }).strict(),
  z.object({ type: z.literal('proposal.reject') }).strict(),
  z.object({ type: z.literal('nav.back') }).strict(),
  z.object({ type: z.literal('nav.skip') }).strict(),
  z.object({ type: z.literal('nav.goto'), questionId: z.string().min(1) }).strict(),
  /** The first unanswered question after the current one (else from the start); review when none is left. */
  z.object({ type: z.literal('nav.next-unanswered') }).strict(),
  /** Applies the change held in `pendingChange`, hiding the answered questions it names. */
  z.object({ type: z.literal('change.confirm') }).strict(),
  /** Drops the held change: the old answer stays. */
  z.object({ type: z.literal('change.cancel') }).strict(),
  /** Records which question was explained; the explanation itself is retrieved outside the machine. */
  z.object({ type: z.literal('explain.request') }).strict(),
  z.object({ type: z.literal('review.open') }).strict(),
  z.object({ type: z.literal('review.edit'), questionId: z.string().min(1) }).strict(),
  z.object({ type: z.literal('assessment.submit'), at: timestampSchema }).strict(),
  z.object({ type: z.literal('assessment.restart') }).strict(),
  /** Keeps the person's words beside a question (replacing its note); answers nothing. */
  z
    .object({
      type: z.literal('note.set'),
      questionId: z.string().min(1),
      text: z.string(),
      kind: noteKindSchema,
      at: timestampSchema,
      by: actorSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('note.clear'), questionId: z.string().min(1) }).strict(),
  z.object({ type: z.literal('assessment.reopen') }).strict(),
]);
export type WalkthroughEvent = z.infer<typeof walkthroughEventSchema>;
