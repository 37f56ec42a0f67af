import { z } from 'zod';

export const walkthroughErrorSchema = z
  .object({
    code: z.enum([
      'invalid-answer',
      'required',
      'unknown-question',
      'hidden-question',
      'incomplete',
      'no-proposal',
      'invalid-note',
      'no-change',
    ]),
    questionId: z.string().nullable(),
    /** Says what is expected, so a channel can show it as is. */
    message: z.string(),
    /** For `incomplete`: the visible required questions still unanswered, in order. */
    missing: z.array(z.string()).optional(),
  })
  .strict();
/** A user mistake the walkthrough stayed put for; the reply re-asks with `message`. */
export type WalkthroughError = z.infer<typeof walkthroughErrorSchema>;

export function invalidAnswerError(questionId: string, expected: string): WalkthroughError {
  return { code: 'invalid-answer', questionId, message: expected };
}

export function requiredError(questionId: string, expected: string): WalkthroughError {
  return {
    code: 'required',
    questionId,
    message: `This question is required, so it cannot be skipped. ${expected}`,
  };
}

export function unknownQuestionError(questionId: string): WalkthroughError {
  return {
    code: 'unknown-question',
    questionId,
    message: `There is no question "${questionId}" in this questionnaire.`,
  };
}

export function hiddenQuestionError(questionId: string): WalkthroughError {
  return {
    code: 'hidden-question',
    questionId,
    message: `Question "${questionId}" does not apply given the answers so far.`,
  };
}

export function incompleteError(missing: string[]): WalkthroughError {
  const count = missing.length === 1 ? '1 required question is' : `${missing.length} required questions are`;
  return {
    code: 'incomplete',
    questionId: missing[0] ?? null,
    message: `${count} still unanswered; please answer before submitting.`,
    missing,
  };
}

export function noProposalError(questionId: string | null): WalkthroughError {
  return { code: 'no-proposal', questionId, message: 'There is no proposed answer to confirm or reject.' };
}

export function invalidNoteError(questionId: string, message: string): WalkthroughError {
  return { code: 'invalid-note', questionId, message };
}

export function noChangeError(questionId: string | null): WalkthroughError {
  return { code: 'no-change', questionId, message: 'There is no change waiting to be confirmed.' };
}
