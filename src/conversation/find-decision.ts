import type { DecisionRecord, SessionData } from './session-data.ts';

/** A questionnaire's recorded decision, if it has one (own properties only, like `findAssessment`). */
export function findDecision(data: SessionData, questionnaireId: string): DecisionRecord | undefined {
  const decisions = data.decisions ?? {};
  return Object.hasOwn(decisions, questionnaireId) ? decisions[questionnaireId] : undefined;
}
