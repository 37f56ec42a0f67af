import type { ReportDecision } from './report-decision-schema.ts';

/** The sentence every format prints while a risk assessment has no recorded decision. */
export const noDecisionText = 'No decision recorded yet.';

/** The heading of the lines beside the decision when framework packs apply. */
export const decisionOutcomesTitle = 'Outcomes to weigh: the Toolkit and the legal frameworks';

/** The fields of the "Decision" section, in the order every format prints them. */
export function decisionRows(decision: ReportDecision): Array<{ label: string; value: string }> {
  return [
    { label: 'Decision', value: decision.decisionText },
    // Only "proceed" may come without reasons; saying so beats an empty field.
    { label: 'Reasons', value: decision.reasons === '' ? 'None given.' : decision.reasons },
    { label: 'Decided by', value: decision.decidedByText },
    { label: 'Recorded', value: decision.atText },
  ];
}
