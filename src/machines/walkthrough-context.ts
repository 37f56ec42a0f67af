import { z } from 'zod';
import { answerRecordSchema, answersSchema, answerValueSchema } from '../questionnaires/answers.ts';
import { questionNotesSchema } from '../questionnaires/question-notes.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { sealAnswers } from '../questionnaires/seal-answers.ts';
import { walkthroughErrorSchema } from './walkthrough-error.ts';
import { proposalSourceSchema } from './walkthrough-events.ts';

/** What a walkthrough remembers: answers, the cursor and timestamps; never question text, always plain JSON. */
export const walkthroughContextSchema = z
  .object({
    questionnaireId: z.string(),
    version: z.string(),
    /** Answers to questions that later became hidden stay here but are never counted. */
    answers: answersSchema,
    /** The question being asked; null outside `asking`. */
    currentQuestionId: z.string().nullable(),
    /** Set by `review.edit`: the next answer (or skip) goes back to review. */
    returnToReview: z.boolean(),
    error: walkthroughErrorSchema.nullable(),
    /**
     * A reading of the person's words for the current question (RAIA's own, or a model's), waiting for
     * them to confirm it: nothing is recorded before. Snapshots from before readings were proposed
     * carry only a model's value.
     */
    pendingProposal: z
      .object({
        questionId: z.string(),
        value: answerValueSchema,
        source: proposalSourceSchema.optional(),
        /** Why it was read so, in the person's own words (shown after "because"). */
        reason: z.string().optional(),
      })
      .strict()
      .nullable(),
    explainedQuestionId: z.string().nullable(),
    /**
     * Where "Back to where I was" returns from review: the question being asked when review was opened,
     * or null when review came after the last question. Older snapshots have none.
     */
    resumeQuestionId: z.string().nullable().default(null),
    /**
     * An answer held back because it would hide questions that already have answers (`hiddenQuestionIds`,
     * in order): recorded only once the person confirms, dropped if they keep the old answer.
     */
    pendingChange: z
      .object({ questionId: z.string(), record: answerRecordSchema, hiddenQuestionIds: z.array(z.string()) })
      .strict()
      .nullable()
      .default(null),
    /** The person's notes and evidence per question: never answers, never scored. Snapshots saved before notes existed have none. */
    notes: questionNotesSchema.default(() => ({})),
    startedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
  })
  .strict();
export type WalkthroughContext = z.infer<typeof walkthroughContextSchema>;

/** The context before anything happened (and after a restart). */
export function initialWalkthroughContext(definition: Questionnaire): WalkthroughContext {
  return {
    questionnaireId: definition.id,
    version: definition.version,
    answers: sealAnswers({}),
    currentQuestionId: null,
    returnToReview: false,
    error: null,
    pendingProposal: null,
    explainedQuestionId: null,
    resumeQuestionId: null,
    pendingChange: null,
    notes: {},
    startedAt: null,
    completedAt: null,
  };
}
