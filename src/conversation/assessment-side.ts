import { AppError, type Result } from '../app-error.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { DiffSide } from '../reports/diff-assessments.ts';
import { loadWalkthrough } from './load-walkthrough.ts';
import { scoreAssessment } from './score-assessment.ts';
import { findAssessment, type SessionData } from './session-data.ts';

/**
 * One session's assessment of a questionnaire as a side of a comparison: its pinned definition,
 * its answers and their score (pure scoring, as the report computes it). `not-found` when the
 * session has no answers to that questionnaire; `which` names the session in that message.
 */
export function assessmentSide(
  questionnaires: QuestionnaireRegistry,
  sessionId: string,
  data: SessionData,
  questionnaireId: string,
  which: 'This session' | 'The earlier session' = 'This session',
): Result<DiffSide> {
  const record = findAssessment(data, questionnaireId);
  if (record === undefined)
    return {
      success: false,
      error: new AppError('not-found', `${which} has no answers to the "${questionnaireId}" questionnaire.`),
    };
  const loaded = loadWalkthrough(questionnaires, record);
  if (!loaded.success) return loaded;
  const { definition } = loaded.data;
  const { answers } = loaded.data.snapshot.context;
  return {
    success: true,
    data: { definition, answers, result: scoreAssessment(definition, answers), sessionId },
  };
}
