import { decisionOutcomesTitle, decisionRows, noDecisionText } from './decision-rows.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { markdownSection } from './markdown-table.ts';
import type { DecisionOutcomes, ReportDecision } from './report-decision-schema.ts';

const factLines = (rows: ReadonlyArray<{ label: string; value: string }>) =>
  rows.map(({ label, value }) => `- ${escapeMarkdown(label)}: ${escapeMarkdown(value)}`);

/** The "Decision" section of a risk report in Markdown; with packs, their outcomes beside the Toolkit's levels. */
export function decisionMarkdown(
  decision: ReportDecision | null,
  draftMark: string,
  outcomes?: DecisionOutcomes,
): string[] {
  const content = decision === null ? [noDecisionText] : factLines(decisionRows(decision));
  const beside =
    outcomes === undefined
      ? []
      : ['', `### ${escapeMarkdown(decisionOutcomesTitle)}`, '', ...factLines(outcomes.lines)];
  return markdownSection('Decision', draftMark, [...content, ...beside]);
}
