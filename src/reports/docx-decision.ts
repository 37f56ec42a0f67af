import type { FileChild } from 'docx';
import { decisionRows, noDecisionText } from './decision-rows.ts';
import { docxTable } from './docx-table.ts';
import { docxHeading, docxParagraph } from './docx-text.ts';
import type { ReportDecision } from './report-decision-schema.ts';

/** The "Decision" section of a risk report in Word. */
export function docxDecision(decision: ReportDecision | null): FileChild[] {
  if (decision === null) return [docxHeading('Decision', 1), docxParagraph(noDecisionText)];
  const rows = decisionRows(decision).map(({ label, value }) => [label, value]);
  return [
    docxHeading('Decision', 1),
    docxTable({ headings: [], rows }, { rowHeadings: true, weights: [1, 3], keepTogether: true }),
  ];
}
