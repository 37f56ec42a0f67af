import type { FileChild } from 'docx';
import { docxTable, docxTableOr, spacer } from './docx-table.ts';
import { docxParagraph } from './docx-text.ts';
import { formatNumberRanges } from './format-number-ranges.ts';
import { type LevelPaint, levelPaint } from './level-colour.ts';
import { riskCount } from './matrix-cells.ts';
import { levelMeaningTable } from './report-tables.ts';
import type { RatedRisk, RiskSection } from './risk-section-schema.ts';

/** "2 risks: 1, 4" or "18 risks: 1–18": how many sit in a cell or level, and their numbers. */
function riskList(risks: readonly RatedRisk[]): string {
  return `${riskCount(risks.length)}: ${formatNumberRanges(risks.map((risk) => risk.number))}`;
}

/** The palette of the HTML charts (level-colour.ts), so a printed Word file matches them. */
export function riskLevelPaint(section: RiskSection, levelId: string): LevelPaint {
  const rank = section.levels.findIndex((level) => level.id === levelId);
  return levelPaint(Math.max(rank, 0), section.levels.length);
}

/**
 * The heat map as a native table: a row per likelihood (the highest on top, as in the chart), a
 * column per severity; each cell is coloured by its level and names it, with the count and the
 * numbers of the risks in it, so it reads in grey-scale print and with 18 risks in one cell.
 */
function heatMapTable(section: RiskSection) {
  const { likelihood, severity, cells } = section.matrix;
  const labelOf = new Map(section.levels.map((level) => [level.id, level.label]));
  const likelihoodIndexes = [...likelihood.points.keys()].reverse();
  const rows = likelihoodIndexes.map((likelihoodIndex) => {
    const point = likelihood.points[likelihoodIndex];
    return [
      point === undefined ? '' : `${point.value} ${point.label}`,
      ...severity.points.map((_, severityIndex) => {
        const levelId = cells[likelihoodIndex]?.[severityIndex] ?? '';
        const inCell = section.rated.filter(
          (risk) => risk.likelihood.index === likelihoodIndex && risk.severity.index === severityIndex,
        );
        const label = labelOf.get(levelId) ?? levelId;
        return inCell.length === 0 ? label : `${label}\n${riskList(inCell)}`;
      }),
    ];
  });
  const headings = [
    `${likelihood.title} (rows) by ${severity.title} (columns)`,
    ...severity.points.map((point) => `${point.value} ${point.label}`),
  ];
  return docxTable(
    { headings, rows },
    {
      rowHeadings: true,
      weights: [1.4, ...severity.points.map(() => 1)],
      paint: (rowIndex, column) => {
        const likelihoodIndex = likelihoodIndexes[rowIndex];
        if (column === 0 || likelihoodIndex === undefined) return undefined;
        return riskLevelPaint(section, cells[likelihoodIndex]?.[column - 1] ?? '');
      },
    },
  );
}

/** The risk matrix section: the map before safeguards, the levels after them, what each level asks. */
export function docxRiskMatrix(section: RiskSection): FileChild[] {
  const after = [...section.levels].reverse().map((level) => {
    const risks = section.rated.filter((risk) => risk.after.id === level.id);
    return { level, cells: [level.label, risks.length === 0 ? 'None' : riskList(risks)] };
  });
  const paintLevelColumn = (levelIds: readonly string[]) => (rowIndex: number, column: number) =>
    column === 0 ? riskLevelPaint(section, levelIds[rowIndex] ?? '') : undefined;
  return [
    docxParagraph(
      'Before safeguards, each rated risk sits in the cell of its likelihood and severity; the numbers are those of the table of rated risks.',
    ),
    heatMapTable(section),
    spacer(),
    docxParagraph('After safeguards, level by level:'),
    ...docxTableOr({ headings: ['Level', 'Rated risks'], rows: after.map((entry) => entry.cells) }, 'None.', {
      weights: [1, 3],
      paint: paintLevelColumn(after.map((entry) => entry.level.id)),
    }),
    docxParagraph('What each level asks of the agency:'),
    ...docxTableOr(levelMeaningTable(section), 'None.', {
      weights: [1, 3],
      paint: paintLevelColumn(section.levels.map((level) => level.id)),
    }),
  ];
}
