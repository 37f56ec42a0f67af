import { z } from 'zod';
import { answerValueSchema } from '../questionnaires/answers.ts';

/**
 * How RAIA read a typed answer. `exact`: a choice number, or text equal to a label, synonym or
 * value (after case, spaces and punctuation), or a value typed as itself: recorded at once.
 * `proposal`: any looser reading (keywords, a fuzzy or partial match, number words): shown with its
 * reason and recorded only once the person confirms it. `none`: nothing could be read; `expected`
 * says what the question takes.
 */
export const answerReadingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), value: answerValueSchema }),
  z.object({
    kind: z.literal('proposal'),
    value: answerValueSchema,
    /** Why RAIA read it so, to follow "because ": `it mentions “ranked” and “officer”`. */
    reason: z.string(),
  }),
  z.object({ kind: z.literal('none'), expected: z.string() }),
]);
export type AnswerReading = z.infer<typeof answerReadingSchema>;
