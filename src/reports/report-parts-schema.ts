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

/** What RAIA recorded when the assessment was signed off in it (the reviewer's line only). */
export const signedOffSchema = z
  .object({
    /** The signatory's id in RAIA (the token's or the platform's user). */
    signatoryId: z.string(),
    decision: z.enum(['approved', 'approved-with-conditions', 'rejected']),
    /** "Approved with conditions". */
    decisionText: z.string(),
    /** The signatory's note (the conditions, the reasons), or null when they wrote none. */
    note: z.string().nullable(),
    /** ISO 8601, as recorded. */
    at: z.string(),
    /** SHA-256, hex, of the RFC 8785 JSON of the definition id, version, answers, notes and result signed. */
    contentHash: z.string(),
    /** Recorded in an imported file, not signed in this RAIA: the file's account. */
    imported: z.literal(true).optional(),
  })
  .strict();
export type SignedOff = z.infer<typeof signedOffSchema>;

/**
 * A sign-off line; name, role and date are null (printed as lines to fill in) until the assessment
 * is signed off in RAIA, which fills the reviewer's line and adds `signed`.
 */
export const signOffSchema = z
  .object({
    duty: signOffDutySchema,
    title: z.string(),
    description: z.string(),
    name: z.string().nullable(),
    role: z.string().nullable(),
    date: z.string().nullable(),
    signed: signedOffSchema.optional(),
  })
  .strict();
export type SignOff = z.infer<typeof signOffSchema>;
