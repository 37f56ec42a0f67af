import { decisionOutcomesTitle, decisionRows, noDecisionText } from './decision-rows.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlSection } from './html-table.ts';
import type { DecisionOutcomes, ReportDecision } from './report-decision-schema.ts';

const factsHtml = (rows: ReadonlyArray<{ label: string; value: string }>) =>
  `<dl class="facts">${rows
    .map(({ label, value }) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('')}</dl>`;

/** The "Decision" section of a risk report in HTML; with packs, their outcomes beside the Toolkit's levels. */
export function decisionHtml(decision: ReportDecision | null, outcomes?: DecisionOutcomes): string {
  const beside =
    outcomes === undefined
      ? []
      : [`<h3>${escapeHtml(decisionOutcomesTitle)}</h3>`, factsHtml(outcomes.lines)];
  if (decision === null)
    return htmlSection('decision', 'Decision', [`<p>${escapeHtml(noDecisionText)}</p>`, ...beside]);
  return htmlSection('decision', 'Decision', [factsHtml(decisionRows(decision)), ...beside]);
}
