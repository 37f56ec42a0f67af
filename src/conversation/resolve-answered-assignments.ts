import type { Actor, Answers } from '../questionnaires/answers.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { TurnOutcome } from './apply-turn.ts';
import { isSameJson } from './is-same-json.ts';
import { loadWalkthrough } from './load-walkthrough.ts';
import { type AuditEntry, findAssessment, type SessionData } from './session-data.ts';

/**
 * The turn's outcome without the assignments of questions it recorded an answer to: whoever
 * answers, the question is no longer waiting for anyone. Each one removed is an audit entry of
 * the same save, credited to the person whose answer resolved it.
 */
export function resolveAnsweredAssignments(
  before: SessionData,
  outcome: TurnOutcome,
  request: { at: string; actor: Actor | undefined },
  questionnaires: QuestionnaireRegistry,
): TurnOutcome {
  const assignments = outcome.data.assignments ?? [];
  if (assignments.length === 0) return outcome;
  const answersOf = (data: SessionData, questionnaireId: string): Answers => {
    const record = findAssessment(data, questionnaireId);
    if (record === undefined) return {};
    const loaded = loadWalkthrough(questionnaires, record);
    return loaded.success ? loaded.data.snapshot.context.answers : {};
  };
  const cleared: AuditEntry[] = [];
  const open = assignments.filter(({ questionnaireId, questionId }) => {
    // A questionnaire the turn did not touch keeps the very same record.
    if (findAssessment(before, questionnaireId) === findAssessment(outcome.data, questionnaireId))
      return true;
    const after = answersOf(outcome.data, questionnaireId);
    if (!Object.hasOwn(after, questionId)) return true;
    const earlier = answersOf(before, questionnaireId);
    if (Object.hasOwn(earlier, questionId) && isSameJson(earlier[questionId], after[questionId])) return true;
    cleared.push({
      at: request.at,
      ...(request.actor === undefined ? {} : { actor: request.actor }),
      questionnaireId,
      questionId,
      event: 'assignment-cleared',
    });
    return false;
  });
  if (cleared.length === 0) return outcome;
  return {
    ...outcome,
    data: { ...outcome.data, assignments: open },
    audit: [...outcome.audit, ...cleared],
  };
}
