import { z } from 'zod';
import { answersSchema, answerValueSchema } from '../questionnaires/answers.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { walkthroughErrorSchema } from './walkthrough-error.ts';

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
    /** A model's reading of the current question's answer, waiting for a person to confirm it. */
    pendingProposal: z.object({ questionId: z.string(), value: answerValueSchema }).strict().nullable(),
    explainedQuestionId: z.string().nullable(),
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
    answers: {},
    currentQuestionId: null,
    returnToReview: false,
    error: null,
    pendingProposal: null,
    explainedQuestionId: null,
    startedAt: null,
    completedAt: null,
  };
}
