import { BorderStyle, type FileChild, HeadingLevel, Paragraph, ShadingType } from 'docx';
import { docxTable, spacer } from './docx-table.ts';
import { docxHeading, docxParagraph, docxRuns } from './docx-text.ts';
import { fillInLine, recordLines } from './record-lines.ts';
import type { ReportModel } from './report-model.ts';
import { signOffRows } from './sign-off-rows.ts';

const valueOrLine = (value: string | null) => value ?? fillInLine;
// The draft colour of the HTML banner: dark red on pale red, 7.9 to 1.
const draftInk = '9B1C1C';
const draftFill = 'FDECEC';

/** The status of a draft as a boxed paragraph that cannot be missed; nothing for a final report. */
export function docxDraftBanner(model: ReportModel): Paragraph[] {
  if (!model.status.draft) return [];
  const edge = { style: BorderStyle.SINGLE, size: 12, color: draftInk, space: 4 };
  return [
    new Paragraph({
      border: { top: edge, bottom: edge, left: edge, right: edge },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: draftFill },
      children: docxRuns(model.status.text, { bold: true, color: draftInk }),
    }),
  ];
}

/** Title, the draft banner while open, the record's fields (empty ones as lines to fill in), disclaimer. */
export function docxTitlePage(model: ReportModel): FileChild[] {
  const lines = recordLines(model);
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: docxRuns(model.title) }),
    ...docxDraftBanner(model),
    spacer(),
    docxTable(
      { headings: [], rows: lines.map((line) => [line.label, valueOrLine(line.value)]) },
      { rowHeadings: true, weights: [1, 3], keepTogether: true },
    ),
    spacer(),
    docxParagraph(model.disclaimer, { italics: true }),
  ];
}

/** One block per duty: what signing means, then name, role, date and signature (or what RAIA recorded). */
export function docxSignOff(model: ReportModel): FileChild[] {
  return model.signOff.flatMap((entry) => {
    const rows = signOffRows(entry);
    const signatureLine = rows.findIndex((row) => row.label === 'Signature' && row.value === null);
    return [
      docxHeading(entry.title, 2),
      new Paragraph({ keepNext: true, children: docxRuns(entry.description) }),
      docxTable(
        { headings: [], rows: rows.map((row) => [row.label, valueOrLine(row.value)]) },
        // Room for a handwritten signature: about 1.5 cm.
        {
          rowHeadings: true,
          weights: [1, 3],
          keepTogether: true,
          rowHeight: (rowIndex) => (rowIndex === signatureLine ? 850 : undefined),
        },
      ),
    ];
  });
}
