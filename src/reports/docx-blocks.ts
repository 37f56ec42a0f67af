import { type FileChild, HeadingLevel, Paragraph } from 'docx';
import { docxTable, docxTableOr, spacer } from './docx-table.ts';
import { docxBullets, docxParagraph, docxRuns } from './docx-text.ts';
import type { ReportBlock } from './report-blocks.ts';

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function blockDocx(block: ReportBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: headingLevels[block.level], children: docxRuns(block.text) })];
    case 'paragraph':
      return [
        block.style === 'strong'
          ? docxParagraph(block.text, { bold: true })
          : block.style === 'note'
            ? docxParagraph(block.text, { italics: true })
            : docxParagraph(block.text),
      ];
    case 'list':
      return docxBullets(block.items);
    case 'facts':
      return [
        docxTable(
          { headings: [], rows: block.rows.map(({ label, value }) => [label, value]) },
          { rowHeadings: true, weights: [1, 3] },
        ),
        spacer(),
      ];
    case 'table':
      return docxTableOr(block.table, 'None.', block.weights === undefined ? {} : { weights: block.weights });
  }
}

/** Blocks as Word paragraphs and tables: Word's own heading styles, tables with repeated heading rows. */
export function blocksDocx(blocks: readonly ReportBlock[]): FileChild[] {
  return blocks.flatMap(blockDocx);
}
