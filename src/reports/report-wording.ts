import type { OpenItemReason, RiskItemResult } from '../scoring/result-schema.ts';

/** Shared wording of the Markdown and HTML reports, so both say the same thing. */
export const openItemReasonText: Record<OpenItemReason, string> = {
  unanswered: 'not answered',
  unsure: 'answered "I don\'t know"',
  invalid: 'answer does not fit the question',
};

export function ratingText(rating: RiskItemResult['likelihood']): string {
  if (rating === null) return 'not rated';
  return `${rating.value} (${rating.label})${rating.unsure ? ', unsure: worst assumed' : ''}`;
}

export function mitigationText(mitigation: RiskItemResult['mitigation']): string {
  if (mitigation === null) return '';
  if (mitigation.label !== null) return mitigation.label;
  return mitigation.status === 'unsure' ? "I don't know (no reduction)" : 'not answered (no reduction)';
}
