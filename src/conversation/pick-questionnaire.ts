import { AppError, type Result } from '../app-error.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { type AssessmentRecord, findAssessment, type SessionData } from './session-data.ts';

/** The questionnaire a review call is about, and its answers when the session has started it. */
export type PickedQuestionnaire = { questionnaireId: string; record: AssessmentRecord | undefined };

/**
 * The one named, else the session's active questionnaire, else the only one it has, else the one
 * started last: the same one the session's report shows (session-report.ts), so a sign-off and
 * the report it is printed on always speak of the same questionnaire. A named questionnaire the
 * session has not started yet is allowed (a question can be assigned before anyone answers);
 * its record is then undefined.
 */
export function pickQuestionnaire(
  data: SessionData,
  questionnaireId: string | undefined,
  questionnaires: QuestionnaireRegistry,
): Result<PickedQuestionnaire> {
  if (questionnaireId !== undefined) {
    const record = findAssessment(data, questionnaireId);
    if (record === undefined && questionnaires.latest(questionnaireId) === undefined) {
      return badRequest(`There is no questionnaire called "${questionnaireId}".`);
    }
    return { success: true, data: { questionnaireId, record } };
  }
  const active = data.conversation.activeQuestionnaireId;
  const activeRecord = active === null ? undefined : findAssessment(data, active);
  if (active !== null && activeRecord !== undefined)
    return { success: true, data: { questionnaireId: active, record: activeRecord } };
  // Insertion order is the order the questionnaires were started in (apply-turn.ts adds each once).
  const started = Object.entries(data.assessments).at(-1);
  if (started === undefined) {
    return badRequest(
      'This session has not started a questionnaire yet. Start one, or name the questionnaire (for example "risk").',
    );
  }
  return { success: true, data: { questionnaireId: started[0], record: started[1] } };
}

function badRequest(message: string): { success: false; error: AppError } {
  return { success: false, error: new AppError('bad-request', message) };
}
