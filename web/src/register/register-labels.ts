import type { WebAssessmentDecision, WebAssessmentSummary } from './register-schemas.ts';

// The server's ids in the words the risk questionnaire uses for them (src/questionnaires/data/
// risk.v3.json); an id the page does not know yet is shown as it comes rather than hidden.
export type Choice = { value: string; label: string };

export const stageChoices: Choice[] = [
  { value: 'decision', label: 'Deciding whether to adopt it' },
  { value: 'design', label: 'Designing it' },
  { value: 'development', label: 'Developing or training it' },
  { value: 'procurement', label: 'Buying it' },
  { value: 'pilot', label: 'Piloted or trialled in a limited setting' },
  { value: 'deployment', label: 'Deployed and in use' },
  { value: 'monitoring', label: 'Under review or evaluation after deployment' },
  { value: 'retired', label: 'Retired' },
];

export const sourcingChoices: Choice[] = [
  { value: 'in-house', label: 'Developed in-house' },
  { value: 'procured', label: 'Bought from a supplier' },
  { value: 'co-developed', label: 'Developed together with a partner' },
];

export const statusChoices: Choice[] = [
  { value: 'active', label: 'Active' },
  { value: 'paused', label: 'Paused' },
  { value: 'retired', label: 'Retired' },
];

/** The risk questionnaire's levels, lowest first: what the list can be filtered by. */
export const levelChoices: Choice[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
  { value: 'very-high', label: 'Very high' },
];

export const decisionChoices: Choice[] = [
  { value: 'approved', label: 'Approved' },
  { value: 'approved-with-conditions', label: 'Approved with conditions' },
  { value: 'rejected', label: 'Rejected' },
];

/**
 * The decision at the end of a risk assessment, in the words of src/reports/assessment-decision-label.ts
 * (the report, the cards and the refusals say the same; web/ imports nothing from src/).
 */
export const assessmentDecisionChoices: Array<{ value: WebAssessmentDecision; label: string }> = [
  { value: 'proceed', label: 'Proceed' },
  { value: 'proceed-with-conditions', label: 'Proceed with conditions' },
  { value: 'rescope', label: 'Rescope' },
  { value: 'do-not-deploy', label: 'Do not deploy' },
];

const stateLabels: Record<WebAssessmentSummary['state'], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed, not signed off',
  'signed-off': 'Signed off',
};

export function labelOf(choices: Choice[], value: string): string {
  return choices.find((choice) => choice.value === value)?.label ?? value;
}

export function stateLabel(state: WebAssessmentSummary['state']): string {
  return stateLabels[state];
}

/** "12 March 2026": dates from the API are ISO strings or `YYYY-MM-DD` calendar days. */
export function formatDay(isoDateOrDay: string): string {
  const day = isoDateOrDay.length === 10 ? `${isoDateOrDay}T12:00:00Z` : isoDateOrDay;
  const date = new Date(day);
  if (Number.isNaN(date.getTime())) return isoDateOrDay;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
