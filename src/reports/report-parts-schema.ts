import { z } from 'zod';

/** A Toolkit passage named by title; the id is for machines (JSON) only. */
export const passageReferenceSchema = z
  .object({ passageId: z.string(), title: z.string(), resourceTitle: z.string() })
  .strict();
export type PassageReference = z.infer<typeof passageReferenceSchema>;

/** One question behind a figure, with its answer and the evidence or note kept with it. */
export const questionRecordSchema = z
  .object({
    questionId: z.string(),
    /** What the question decides for the risk: "Applies", "Likelihood", "Severity" or "Safeguards". */
    aspect: z.string(),
    prompt: z.string(),
    answer: z.string(),
    /** "Evidence: …" or "Note: …", or null. */
    note: z.string().nullable(),
  })
  .strict();
export type QuestionRecord = z.infer<typeof questionRecordSchema>;

export const openItemRowSchema = z
  .object({ questionId: z.string(), section: z.string(), prompt: z.string(), reason: z.string() })
  .strict();
export type OpenItemRow = z.infer<typeof openItemRowSchema>;

export const answerRowSchema = z
  .object({
    questionId: z.string(),
    section: z.string(),
    prompt: z.string(),
    answer: z.string(),
    answeredBy: z.string(),
    status: z.string(),
    note: z.string(),
  })
  .strict();
export type AnswerRowModel = z.infer<typeof answerRowSchema>;

export const signOffDutySchema = z.enum(['assessor', 'reviewer', 'approver']);

/** A sign-off line; every field is null until a workflow (issue 17) fills it, so it prints as a line. */
export const signOffSchema = z
  .object({
    duty: signOffDutySchema,
    title: z.string(),
    description: z.string(),
    name: z.string().nullable(),
    role: z.string().nullable(),
    date: z.string().nullable(),
  })
  .strict();
export type SignOff = z.infer<typeof signOffSchema>;
