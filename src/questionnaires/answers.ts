import { z } from 'zod';

/** "I don't know": kept distinct from every real value so scoring can treat it conservatively. */
export const unsureAnswerSchema = z.object({ unsure: z.literal(true) }).strict();
export type UnsureAnswer = z.infer<typeof unsureAnswerSchema>;

/**
 * A validated answer value. single / yes-no: an option value; multiple: option values;
 * scale: a scale point value; number: a number; text: free text.
 */
export const answerValueSchema = z.union([z.string(), z.number(), z.array(z.string()), unsureAnswerSchema]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const actorSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    /** web, terminal, api, slack, mattermost, teams */
    channel: z.string().min(1),
  })
  .strict();
export type Actor = z.infer<typeof actorSchema>;

export const answerRecordSchema = z
  .object({
    value: answerValueSchema,
    /** ISO 8601; supplied by the caller so machine transitions stay pure. */
    answeredAt: z.string(),
    answeredBy: actorSchema.optional(),
    /**
     * Provenance: the value was first proposed by a language model and then confirmed by the person
     * in `answeredBy`. Unconfirmed proposals are never answers: they wait in the walkthrough's
     * `pendingProposal` and count for nothing until confirmed.
     */
    proposedByModel: z.boolean().optional(),
  })
  .strict();
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

/** Answers keyed by question id. Answers to questions that became hidden are kept but never scored. */
export const answersSchema = z.record(z.string(), answerRecordSchema);
export type Answers = z.infer<typeof answersSchema>;

export function isUnsure(value: AnswerValue | undefined): value is UnsureAnswer {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.unsure === true;
}
