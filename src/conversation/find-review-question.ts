import { AppError, type Result } from '../app-error.ts';
import { findQuestion } from '../machines/walkthrough-navigation.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import type { PickedQuestionnaire } from './pick-questionnaire.ts';

/**
 * The question a comment or an assignment is about, in the definition the session answers: the
 * version it started, or (not started yet) the latest, which is the one starting it would use.
 */
export function findReviewQuestion(
  picked: PickedQuestionnaire,
  questionId: string,
  questionnaires: QuestionnaireRegistry,
): Result<{ definition: Questionnaire; question: Question }> {
  const { questionnaireId, record } = picked;
  const definition =
    record === undefined
      ? questionnaires.startingPoint(questionnaireId)?.definition
      : questionnaires.get(record.definitionId, record.version, record.packs);
  if (definition === undefined) {
    return {
      success: false,
      error: new AppError('internal', `Questionnaire "${questionnaireId}" is not installed here.`),
    };
  }
  const question = findQuestion(definition, questionId);
  if (question === undefined) {
    return {
      success: false,
      error: new AppError(
        'bad-request',
        `The ${definition.title} (version ${definition.version}) has no question "${questionId}".`,
        { field: 'questionId' },
      ),
    };
  }
  return { success: true, data: { definition, question } };
}
