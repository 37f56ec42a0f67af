import { decisionRows, noDecisionText } from './decision-rows.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { markdownSection } from './markdown-table.ts';
import type { ReportDecision } from './report-decision-schema.ts';

/** The "Decision" section of a risk report in Markdown. */
export function decisionMarkdown(decision: ReportDecision | null, draftMark: string): string[] {
  const content =
    decision === null
      ? [noDecisionText]
      : decisionRows(decision).map(
          ({ label, value }) => `- ${escapeMarkdown(label)}: ${escapeMarkdown(value)}`,
        );
  return markdownSection('Decision', draftMark, content);
}
