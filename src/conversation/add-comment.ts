import { AppError, type Result } from '../app-error.ts';
import { formatCount } from '../questionnaires/text-limits.ts';
import type { Assistant } from './assistant.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { changeSessionData } from './change-session-data.ts';
import { findReviewQuestion } from './find-review-question.ts';
import { pickQuestionnaire } from './pick-questionnaire.ts';
import type { QuestionComment } from './session-data.ts';

export type CommentRequest = Parameters<Assistant['addComment']>[1];

export const commentLimits = {
  /** One comment (questionCommentSchema). */
  text: 4000,
  /** One session's comments, all questionnaires together: the blob is rewritten on every save. */
  perSession: 500,
} as const;

/**
 * Adds a comment to a question of the session's questionnaire. Allowed after sign-off too: the
 * discussion goes on while the answers stay frozen. The audit entry says who commented where,
 * never what.
 */
export async function addComment(
  internals: AssistantInternals,
  sessionId: string,
  request: CommentRequest,
): Promise<Result<QuestionComment>> {
  const at = request.at ?? internals.now().toISOString();
  const text = request.text.trim();
  if (text === '') return refuse('bad-request', 'A comment needs some text.');
  if (text.length > commentLimits.text) {
    return refuse(
      'bad-request',
      `A comment can be at most ${formatCount(commentLimits.text)} characters; this one has ${formatCount(text.length)}. Nothing was saved: please split it into shorter comments.`,
    );
  }
  return changeSessionData({ ...internals, at }, sessionId, (loaded) => {
    const { data } = loaded;
    const picked = pickQuestionnaire(data, request.questionnaireId, internals.questionnaires);
    if (!picked.success) return picked;
    const found = findReviewQuestion(picked.data, request.questionId, internals.questionnaires);
    if (!found.success) return found;
    const comments = data.comments ?? [];
    if (comments.length >= commentLimits.perSession) {
      return refuse(
        'unprocessable',
        `This session already holds ${formatCount(commentLimits.perSession)} comments, the most it can keep, so this one was not added. Keep the rest of the discussion in the agency's own records.`,
      );
    }
    const { questionnaireId } = picked.data;
    const comment: QuestionComment = {
      id: internals.generateId(),
      questionnaireId,
      questionId: request.questionId,
      author: request.actor ?? null,
      at,
      text,
    };
    return {
      success: true,
      data: {
        data: { ...data, comments: [...comments, comment] },
        audit: [
          {
            at,
            ...(request.actor === undefined ? {} : { actor: request.actor }),
            questionnaireId,
            questionId: request.questionId,
            event: 'comment-added',
          },
        ],
        value: comment,
      },
    };
  });
}

function refuse(code: 'bad-request' | 'unprocessable', message: string): { success: false; error: AppError } {
  return { success: false, error: new AppError(code, message) };
}
