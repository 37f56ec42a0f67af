import {
  type FileChild,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { docxParagraph, docxRuns } from './docx-text.ts';
import type { LevelPaint } from './level-colour.ts';
import type { ReportTable } from './report-tables.ts';

/** A4 less two 2 cm margins, in twentieths of a point: the width every table spans. */
export const textWidth = 11906 - 2 * 1134;
const headingFill = 'D9D9D9';
// Nine points: an eight-column risk table still fits the portrait page.
const tableTextSize = 18;

export type DocxTableOptions = {
  /** The colour of a body cell (row and column from 0, headings not counted), or none. */
  paint?: (rowIndex: number, columnIndex: number) => LevelPaint | undefined;
  /** Bold first column: the row's own heading (a likelihood, a field of the record). */
  rowHeadings?: boolean;
  /** Relative column widths; without them each column gets room for its typical text. */
  weights?: readonly number[];
  /** The least height of a body row, in twentieths of a point (room for a signature). */
  rowHeight?: (rowIndex: number) => number | undefined;
  /** Keep the whole table on one page (a sign-off block), as Word does with "keep with next". */
  keepTogether?: boolean;
  /** Content other than the cell's text (a bar of a chart), given the cell's inner width. */
  content?: (rowIndex: number, columnIndex: number, width: number) => Array<Paragraph | Table> | undefined;
};

/** Weights from the text: a column of long answers gets more room than a column of numbers. */
function textWeights(table: ReportTable, count: number): number[] {
  const lines = table.headings.length > 0 ? [table.headings, ...table.rows] : table.rows;
  return Array.from({ length: count }, (_, column) => {
    const lengths = lines.map((cells) => Math.min((cells[column] ?? '').length, 60));
    const mean = lengths.reduce((sum, length) => sum + length, 0) / Math.max(lengths.length, 1);
    return Math.min(Math.max(mean, 4), 40);
  });
}

function columnWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((weight / total) * textWidth));
}

const cellMargin = 80;

type CellStyle = {
  bold?: boolean;
  paint?: LevelPaint | undefined;
  content?: Array<Paragraph | Table> | undefined;
  /** Text at the foot of a tall cell, where a line to sign on belongs. */
  atBottom?: boolean;
  keepNext?: boolean;
};

/** A cell of plain text; bold cells (headings) are grey, a painted one takes its level's colours. */
export function docxCell(text: string, width: number, style: CellStyle = {}): TableCell {
  const { paint } = style;
  const fill = paint === undefined ? (style.bold === true ? headingFill : undefined) : paint.fill.slice(1);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: cellMargin, right: cellMargin },
    ...(fill === undefined ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill } }),
    ...(style.atBottom === true ? { verticalAlign: VerticalAlignTable.BOTTOM } : {}),
    children: style.content ?? [
      new Paragraph({
        ...(style.keepNext === true ? { keepNext: true } : {}),
        children: docxRuns(text, {
          size: tableTextSize,
          ...(style.bold === true ? { bold: true } : {}),
          ...(paint === undefined ? {} : { color: paint.ink.slice(1) }),
        }),
      }),
    ],
  });
}

/**
 * A Word table of plain-text cells. The headings row repeats at the top of every page the table
 * runs onto and never splits; a table without headings (the record, a sign-off) has none.
 */
export function docxTable(table: ReportTable, options: DocxTableOptions = {}): Table {
  const count = Math.max(table.headings.length, ...table.rows.map((row) => row.length));
  const widths = columnWidths(options.weights ?? textWeights(table, count));
  const width = (column: number) => widths[column] ?? 0;
  const headings =
    table.headings.length === 0
      ? []
      : [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: table.headings.map((heading, column) =>
              docxCell(heading, width(column), { bold: true }),
            ),
          }),
        ];
  const rows = table.rows.map((cells, rowIndex) => {
    const height = options.rowHeight?.(rowIndex);
    return new TableRow({
      ...(height === undefined ? {} : { height: { value: height, rule: HeightRule.ATLEAST } }),
      children: cells.map((text, column) =>
        docxCell(text, width(column), {
          bold: options.rowHeadings === true && column === 0,
          paint: options.paint?.(rowIndex, column),
          content: options.content?.(rowIndex, column, width(column) - 2 * cellMargin),
          atBottom: height !== undefined,
        }),
      ),
    });
  });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...headings, ...rows],
  });
}

/** The table, or `empty` as a paragraph when it has no rows: Word has no use for a bare heading row. */
export function docxTableOr(table: ReportTable, empty: string, options: DocxTableOptions = {}): FileChild[] {
  return table.rows.length === 0 ? [docxParagraph(empty)] : [docxTable(table, options), spacer()];
}

/** An empty paragraph: Word runs two tables in a row together, and a heading needs air above. */
export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}
