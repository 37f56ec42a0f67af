/** The decision at the end of a risk assessment, as a card, a report and a refusal say it. */
export const assessmentDecisionLabels = {
  proceed: 'Proceed',
  'proceed-with-conditions': 'Proceed with conditions',
  rescope: 'Rescope',
  'do-not-deploy': 'Do not deploy',
} as const;
export type AssessmentDecisionId = keyof typeof assessmentDecisionLabels;
