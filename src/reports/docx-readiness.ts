import {
  type FileChild,
  Paragraph,
  Table,
  TableBorders,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { docxCell, docxTable, docxTableOr, spacer } from './docx-table.ts';
import { docxHeading, docxParagraph } from './docx-text.ts';
import { formatNumber } from './format-number.ts';
import { weakestFirst } from './html-readiness.ts';
import { type LevelPaint, levelPaint } from './level-colour.ts';
import type { ReadinessSection } from './readiness-section-schema.ts';
import { dimensionQuestionTable, dimensionTable, readinessBandTable } from './report-tables.ts';

// The bar colours of the HTML chart (svg-readiness-chart.ts): dimensions blue, overall black.
const dimensionBar: LevelPaint = { fill: '#2f4b7c', ink: '#ffffff' };
const overallBar: LevelPaint = { fill: '#111111', ink: '#ffffff' };
const emptyBar: LevelPaint = { fill: '#eeeeee', ink: '#000000' };
// Columns of dimensionTable and readinessBandTable that name a level: coloured as in the chart.
const dimensionLevelColumn = 1;
const bandLevelColumn = 0;

/** A readiness level's colour: the chart's bands, where a higher level is better. */
function bandPaint(section: ReadinessSection, levelId: string): LevelPaint | undefined {
  const rank = section.overall.bands.findIndex((band) => band.id === levelId);
  return rank < 0 ? undefined : levelPaint(rank, section.overall.bands.length, true);
}

/** A bar as a one-row table whose filled part is `percent` of its width: drawn by Word itself. */
function bar(percent: number, width: number, paint: LevelPaint): Array<Paragraph | Table> {
  const filled = Math.round((width * Math.min(Math.max(percent, 0), 100)) / 100);
  const parts = [
    { width: filled, paint },
    { width: width - filled, paint: emptyBar },
  ].filter((part) => part.width > 0);
  return [
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: parts.map((part) => part.width),
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [
        new TableRow({ children: parts.map((part) => docxCell('', part.width, { paint: part.paint })) }),
      ],
    }),
    // Word ends every cell with a paragraph, even after a table.
    new Paragraph({ children: [] }),
  ];
}

/** The readiness chart as a table: a bar per dimension and one overall, each with level and percent. */
function readinessBars(section: ReadinessSection): Table {
  const rows = [
    ...section.dimensions.map((dimension) => ({ ...dimension, overall: false })),
    { title: 'Overall', percent: section.overall.percent, level: section.overall.level, overall: true },
  ];
  return docxTable(
    {
      headings: ['Dimension', 'Readiness', 'Level'],
      rows: rows.map((row) => [row.title, '', `${row.level.label}, ${formatNumber(row.percent)} %`]),
    },
    {
      weights: [4, 5, 2.5],
      content: (rowIndex, column, width) => {
        const row = rows[rowIndex];
        if (column !== 1 || row === undefined) return undefined;
        return bar(row.percent, width, row.overall ? overallBar : dimensionBar);
      },
      paint: (rowIndex, column) => {
        const row = rows[rowIndex];
        return column === 2 && row !== undefined ? bandPaint(section, row.level.id) : undefined;
      },
    },
  );
}

function nextSteps(section: ReadinessSection): FileChild[] {
  return weakestFirst(section).flatMap((dimension) => {
    const steps = dimension.nextSteps.flatMap((step) => [
      docxParagraph(step.text),
      ...(step.readMore === '' ? [] : [docxParagraph(step.readMore, { italics: true })]),
    ]);
    return [
      docxHeading(`${dimension.title}: ${dimension.level.label} (${formatNumber(dimension.percent)} %)`, 2),
      ...(steps.length === 0
        ? [docxParagraph('The questionnaire gives no next step for this level.')]
        : steps),
    ];
  });
}

/** The readiness sections of the Word report, in the order of the HTML and Markdown reports. */
export function docxReadiness(section: ReadinessSection): FileChild[] {
  const dimensions = dimensionTable(section);
  return [
    docxHeading('Overall readiness', 1),
    new Paragraph({
      children: [
        new TextRun('Overall level: '),
        new TextRun({ text: section.overall.level.label, bold: true }),
        new TextRun(` (${formatNumber(section.overall.percent)} %, the weighted mean of the dimensions).`),
      ],
    }),
    readinessBars(section),
    spacer(),
    ...docxTableOr(readinessBandTable(section), 'None.', {
      weights: [2, 3, 6],
      paint: (rowIndex, column) =>
        column === bandLevelColumn
          ? bandPaint(section, section.overall.bands[rowIndex]?.id ?? '')
          : undefined,
    }),
    docxHeading('Dimensions', 1),
    ...docxTableOr(dimensions, 'None.', {
      weights: [6, 3, 2, 2.2, 2.3, 2],
      paint: (rowIndex, column) =>
        column === dimensionLevelColumn
          ? bandPaint(section, section.dimensions[rowIndex]?.level.id ?? '')
          : undefined,
    }),
    docxHeading('What to do next, weakest dimension first', 1),
    ...nextSteps(section),
    docxHeading('How each dimension was scored', 1),
    ...section.dimensions.flatMap((dimension) => [
      docxHeading(dimension.title, 2),
      docxParagraph(`${dimension.band}.`),
      ...docxTableOr(dimensionQuestionTable(dimension), 'None.', { weights: [6, 3, 1.5, 4] }),
    ]),
  ];
}
