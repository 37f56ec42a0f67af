/** A sign-off decision as a report and a refusal say it. */
export const signOffDecisionLabels = {
  approved: 'Approved',
  'approved-with-conditions': 'Approved with conditions',
  rejected: 'Rejected',
} as const;
export type SignOffDecisionId = keyof typeof signOffDecisionLabels;
