import { AppError, type Result } from '../app-error.ts';
import type { Assistant } from './assistant.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { changeSessionData } from './change-session-data.ts';
import { findReviewQuestion } from './find-review-question.ts';
import { pickQuestionnaire } from './pick-questionnaire.ts';
import type { QuestionAssignment } from './session-data.ts';
import { findSignOff, signedOffMessage } from './signed-change-refusal.ts';

export type AssignRequest = Parameters<Assistant['assignQuestion']>[1];

/**
 * "Ask the DPO": assigns a question to a person, replacing its earlier assignment (a question
 * waits for one person at a time), or clears it with `assignee: null`. A signed questionnaire
 * can no longer be answered, so none of its questions can be assigned.
 */
export async function assignQuestion(
  internals: AssistantInternals,
  sessionId: string,
  request: AssignRequest,
): Promise<Result<QuestionAssignment | null>> {
  const at = request.at ?? internals.now().toISOString();
  const assigneeId = request.assignee?.id.trim();
  if (assigneeId === '')
    return { success: false, error: new AppError('bad-request', 'Say whom to assign the question to.') };
  return changeSessionData({ ...internals, at }, sessionId, (loaded) => {
    const { data } = loaded;
    const picked = pickQuestionnaire(data, request.questionnaireId, internals.questionnaires);
    if (!picked.success) return picked;
    const { questionnaireId } = picked.data;
    const { questionId } = request;
    const signOff = findSignOff(data, questionnaireId);
    if (signOff !== undefined) {
      const timeZone = internals.reports?.timeZone ?? 'UTC';
      return { success: false, error: new AppError('conflict', signedOffMessage(signOff, timeZone)) };
    }
    const found = findReviewQuestion(picked.data, questionId, internals.questionnaires);
    if (!found.success) return found;
    const current = data.assignments ?? [];
    const others = current.filter(
      (entry) => entry.questionnaireId !== questionnaireId || entry.questionId !== questionId,
    );
    const actor = request.actor === undefined ? {} : { actor: request.actor };
    if (request.assignee === null || assigneeId === undefined) {
      // Clearing what is not there changes nothing: no save, no audit entry.
      if (others.length === current.length) return { success: true, data: { data, audit: [], value: null } };
      return {
        success: true,
        data: {
          data: { ...data, assignments: others },
          audit: [{ at, ...actor, questionnaireId, questionId, event: 'assignment-cleared' }],
          value: null,
        },
      };
    }
    const name = request.assignee.name?.trim();
    const assignment: QuestionAssignment = {
      questionnaireId,
      questionId,
      assignee: { id: assigneeId, ...(name === undefined || name === '' ? {} : { name }) },
      assignedBy: request.actor ?? null,
      at,
    };
    return {
      success: true,
      data: {
        data: { ...data, assignments: [...others, assignment] },
        audit: [{ at, ...actor, questionnaireId, questionId, event: 'assigned' }],
        value: assignment,
      },
    };
  });
}
