import type { FileChild } from 'docx';
import { decisionOutcomesTitle, decisionRows, noDecisionText } from './decision-rows.ts';
import { docxTable, spacer } from './docx-table.ts';
import { docxHeading, docxParagraph } from './docx-text.ts';
import type { DecisionOutcomes, ReportDecision } from './report-decision-schema.ts';

/** The "Decision" section of a risk report in Word; with packs, their outcomes beside the Toolkit's levels. */
export function docxDecision(decision: ReportDecision | null, outcomes?: DecisionOutcomes): FileChild[] {
  const beside =
    outcomes === undefined
      ? []
      : [
          docxHeading(decisionOutcomesTitle, 2),
          docxTable(
            { headings: [], rows: outcomes.lines.map(({ label, value }) => [label, value]) },
            { rowHeadings: true, weights: [1, 2] },
          ),
        ];
  if (decision === null) return [docxHeading('Decision', 1), docxParagraph(noDecisionText), ...beside];
  const rows = decisionRows(decision).map(({ label, value }) => [label, value]);
  return [
    docxHeading('Decision', 1),
    docxTable({ headings: [], rows }, { rowHeadings: true, weights: [1, 3], keepTogether: true }),
    ...(beside.length === 0 ? [] : [spacer(), ...beside]),
  ];
}
