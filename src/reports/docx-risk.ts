import type { FileChild } from 'docx';
import { docxRiskMatrix, riskLevelPaint } from './docx-risk-matrix.ts';
import { docxTableOr } from './docx-table.ts';
import { docxBullets, docxHeading, docxParagraph } from './docx-text.ts';
import { questionTable, ratedRiskTable, unratedRiskTable } from './report-tables.ts';
import type { RatedRisk, RiskSection } from './risk-section-schema.ts';

// Columns of ratedRiskTable that name a level: coloured as in the charts.
const beforeColumn = 5;
const afterColumn = 7;

function ratedRisk(risk: RatedRisk, section: RiskSection): FileChild[] {
  return [
    docxHeading(`${risk.number}. ${risk.title}: ${risk.after.label} after safeguards`, 2),
    docxParagraph(risk.explanation),
    ...risk.cautions.map((caution) => docxParagraph(caution, { italics: true })),
    ...docxTableOr(questionTable(risk.questions), 'No question was asked about this risk.'),
    ...(risk.actions.length === 0
      ? [
          docxParagraph(
            `No action is suggested: actions are suggested from ${section.thresholds.actionsFrom} upwards.`,
          ),
        ]
      : [
          docxParagraph('Suggested actions', { bold: true }),
          ...docxBullets(
            risk.actions.map((action) =>
              action.readMore === '' ? action.text : `${action.text} ${action.readMore}`,
            ),
          ),
        ]),
  ];
}

/** The risk sections of the Word report, in the order of the HTML and Markdown reports. */
export function docxRisk(section: RiskSection): FileChild[] {
  return [
    docxHeading('Risk matrix', 1),
    ...docxRiskMatrix(section),
    docxHeading('Rated risks, most serious first', 1),
    ...docxTableOr(ratedRiskTable(section), 'No risk is rated yet.', {
      weights: [2, 9, 8, 7, 7, 7.5, 7.5, 7.5],
      paint: (rowIndex, column) => {
        const risk = section.rated[rowIndex];
        if (risk === undefined) return undefined;
        if (column === beforeColumn) return riskLevelPaint(section, risk.before.id);
        if (column === afterColumn) return riskLevelPaint(section, risk.after.id);
        return undefined;
      },
    }),
    docxHeading('Risks not rated', 1),
    ...docxTableOr(unratedRiskTable(section), 'None: every risk is rated.', { weights: [3, 2, 5] }),
    docxHeading('How each risk was rated', 1),
    ...(section.rated.length === 0
      ? [docxParagraph('No risk is rated yet.')]
      : section.rated.flatMap((risk) => ratedRisk(risk, section))),
    docxHeading('Principles most at stake', 1),
    docxParagraph(
      `Principles with risks at ${section.thresholds.atStakeFrom} or above after safeguards, most affected first.`,
    ),
    ...docxBullets(section.principlesAtStake.map((entry) => entry.sentence)),
  ];
}
