import { assessmentDecisionLabels } from '../reports/assessment-decision-label.ts';
import { inlineUserText } from './quote-user-text.ts';
import type { DecisionRecord } from './session-data.ts';

/**
 * The completed card's line about the decision at the end of a risk assessment: the decision
 * recorded (its reasons are the person's words, so escaped), or an invitation to record one before the assessment is signed off.
 */
export function decisionLine(decision: DecisionRecord | undefined): string {
  if (decision === undefined)
    return 'No decision is recorded yet. Once the results have been read, record whether to proceed, proceed with conditions, rescope or not deploy, with the reasons, before the assessment is signed off: on the register page, or in a team chat by saying "decide" and the decision, e.g. "decide rescope: the airport pilot only".';
  const label = assessmentDecisionLabels[decision.decision];
  return decision.reasons === ''
    ? `Decision: ${label}.`
    : `Decision: ${label} — ${inlineUserText(decision.reasons)}`;
}
