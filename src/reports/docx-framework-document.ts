import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { blocksDocx } from './docx-blocks.ts';
import { headingStyle, pageWithTwoCentimetreMargins } from './docx-page-styles.ts';
import { docxRuns } from './docx-text.ts';
import { frameworkDocumentBlocks } from './framework-document-blocks.ts';
import type { FrameworkDocument } from './framework-document-schema.ts';
import { frameworkDocumentTitle } from './framework-document-title.ts';

const small = { size: 16, color: '595959' };

/** A pack's document as a Word file: Word's heading styles, A4 with 2 cm margins, "Page n of m" below. */
export async function renderFrameworkDocumentDocx(
  document: FrameworkDocument,
): Promise<Uint8Array<ArrayBuffer>> {
  const title = frameworkDocumentTitle(document);
  const word = new Document({
    title,
    subject: document.pack.title,
    creator: 'RAIA',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: 'en-GB' } } },
        title: { run: { size: 40, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
        heading1: headingStyle(0, 26),
        heading2: headingStyle(1, 24),
      },
    },
    sections: [
      {
        properties: pageWithTwoCentimetreMargins,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  ...docxRuns(`${title} · Page `, small),
                  new TextRun({ ...small, children: [PageNumber.CURRENT] }),
                  new TextRun({ ...small, text: ' of ' }),
                  new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ style: 'Title', children: docxRuns(title) }),
          ...blocksDocx(frameworkDocumentBlocks(document)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.pack(word, 'arraybuffer'));
}
