import { decisionRows, noDecisionText } from './decision-rows.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlSection } from './html-table.ts';
import type { ReportDecision } from './report-decision-schema.ts';

/** The "Decision" section of a risk report in HTML. */
export function decisionHtml(decision: ReportDecision | null): string {
  if (decision === null) return htmlSection('decision', 'Decision', [`<p>${escapeHtml(noDecisionText)}</p>`]);
  const facts = decisionRows(decision)
    .map(({ label, value }) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  return htmlSection('decision', 'Decision', [`<dl class="facts">${facts}</dl>`]);
}
