import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

import { blocksDocx } from './docx-blocks.ts';
import { docxChanges } from './docx-changes.ts';
import { docxDecision } from './docx-decision.ts';
import { headingStyle, pageWithTwoCentimetreMargins } from './docx-page-styles.ts';
import { docxReadiness } from './docx-readiness.ts';
import { docxSignOff, docxTitlePage } from './docx-record.ts';
import { docxRisk } from './docx-risk.ts';
import { docxTableOr } from './docx-table.ts';
import { docxBullets, docxHeading, docxRuns } from './docx-text.ts';
import { frameworkTraceBlocks, frameworkTraceTitle, legalFrameworkBlocks } from './legal-framework-blocks.ts';
import type { ReportModel } from './report-model.ts';
import { answerTable, openItemTable } from './report-tables.ts';

/** The media type of a .docx file (ECMA-376 / ISO/IEC 29500). */
export const wordContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const greyInk = '595959';

/** The draft mark atop every page of a draft; a final report's header stays empty. */
function pageHeader(model: ReportModel): Header {
  return new Header({
    children: model.status.draft
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: docxRuns(model.status.mark, { bold: true, color: '9B1C1C' }),
          }),
        ]
      : [],
  });
}

/** The title and "Page 3 of 12" at the foot of every page, so a loose printed page says what it is from. */
function pageFooter(model: ReportModel): Footer {
  const small = { size: 16, color: greyInk };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          ...docxRuns(`${model.title} · Page `, small),
          // A field run takes no style from its neighbours: each states the size itself.
          new TextRun({ ...small, children: [PageNumber.CURRENT] }),
          new TextRun({ ...small, text: ' of ' }),
          new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function body(model: ReportModel): FileChild[] {
  const { assessment } = model;
  return [
    ...docxTitlePage(model),
    // The record and disclaimer make the first page; the findings start on the next.
    docxHeading('Summary', 1, { pageBreakBefore: true }),
    ...docxBullets(model.summary),
    ...(model.decision === undefined ? [] : docxDecision(model.decision, model.decisionOutcomes)),
    ...(model.changes === undefined ? [] : docxChanges(model.changes, assessment.kind)),
    ...(assessment.kind === 'risk' ? docxRisk(assessment) : docxReadiness(assessment)),
    ...(model.legalFrameworks === undefined
      ? []
      : [docxHeading('Legal frameworks', 1), ...blocksDocx(legalFrameworkBlocks(model.legalFrameworks))]),
    docxHeading('Open items', 1),
    ...docxTableOr(openItemTable(model), 'None.', { weights: [2, 5, 3] }),
    docxHeading('Answers', 1),
    ...docxTableOr(answerTable(model), 'None.', { weights: [3, 6, 4, 3, 2, 4] }),
    ...(model.legalFrameworks === undefined
      ? []
      : [docxHeading(frameworkTraceTitle, 1), ...blocksDocx(frameworkTraceBlocks(model.legalFrameworks))]),
    docxHeading('Sign-off', 1),
    ...docxSignOff(model),
    new Paragraph({
      spacing: { before: 360 },
      children: docxRuns(model.source, { italics: true, color: greyInk }),
    }),
  ];
}

/**
 * The report as a Word file (.docx), from the model alone so it says what the HTML, Markdown and
 * JSON say. Headings use Word's own styles (the navigation pane lists them), tables repeat their
 * header rows on every page, the charts are native tables in the charts' colours, and a draft
 * carries its mark in the header of every page.
 */
export async function renderReportDocx(model: ReportModel): Promise<Uint8Array<ArrayBuffer>> {
  const document = new Document({
    title: model.title,
    subject: model.record.questionnaire.title,
    creator: 'RAIA',
    description: model.status.text,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: 'en-GB' } } },
        title: { run: { size: 44, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
        heading1: headingStyle(0, 30),
        heading2: headingStyle(1, 24),
        heading3: headingStyle(2, 22),
      },
    },
    sections: [
      {
        properties: pageWithTwoCentimetreMargins,
        headers: { default: pageHeader(model) },
        footers: { default: pageFooter(model) },
        children: body(model),
      },
    ],
  });
  // Bytes over a plain ArrayBuffer: what a Response body (Node, the Worker) takes as it is.
  return new Uint8Array(await Packer.pack(document, 'arraybuffer'));
}
