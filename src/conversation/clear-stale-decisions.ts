import type { Actor } from '../questionnaires/answers.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { TurnOutcome } from './apply-turn.ts';
import { loadWalkthrough } from './load-walkthrough.ts';
import { type AuditEntry, findAssessment, type SessionData } from './session-data.ts';

/**
 * The turn's outcome without the decision of a questionnaire the turn reopened or restarted: a
 * decision answers the completed assessment it was made on, so once the answers can change it no
 * longer stands, and a report must not print it beside answers it never saw. Each one removed is
 * an audit entry of the same save.
 */
export function clearStaleDecisions(
  before: SessionData,
  outcome: TurnOutcome,
  request: { at: string; actor: Actor | undefined },
  questionnaires: QuestionnaireRegistry,
): TurnOutcome {
  const decisions = outcome.data.decisions;
  if (decisions === undefined) return outcome;
  const completed = (data: SessionData, questionnaireId: string): boolean => {
    const record = findAssessment(data, questionnaireId);
    if (record === undefined) return false;
    const loaded = loadWalkthrough(questionnaires, record);
    return loaded.success && loaded.data.snapshot.context.completedAt !== null;
  };
  const stale = Object.keys(decisions).filter(
    (questionnaireId) =>
      // A questionnaire the turn did not touch keeps the very same record.
      findAssessment(before, questionnaireId) !== findAssessment(outcome.data, questionnaireId) &&
      !completed(outcome.data, questionnaireId),
  );
  if (stale.length === 0) return outcome;
  const kept = Object.fromEntries(Object.entries(decisions).filter(([id]) => !stale.includes(id)));
  const cleared: AuditEntry[] = stale.map((questionnaireId) => ({
    at: request.at,
    ...(request.actor === undefined ? {} : { actor: request.actor }),
    questionnaireId,
    questionId: null,
    event: 'decision-cleared',
  }));
  return { ...outcome, data: { ...outcome.data, decisions: kept }, audit: [...outcome.audit, ...cleared] };
}
