import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF, with a blank line wherever the vertical gap between lines is
 * larger than a line, so paragraphs survive for chunking. The legacy build runs on Node without a
 * DOM; scanned PDFs without a text layer give empty pages.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({
    data: bytes,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      let previousY: number | undefined;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        const lineHeight = item.height || 12;
        if (previousY !== undefined && previousY - y > lineHeight * 1.6 && !text.endsWith('\n\n')) {
          text = `${text.trimEnd()}\n\n`;
        } else if (previousY !== undefined && y !== previousY && !/\s$/.test(text)) {
          text += ' ';
        }
        text += item.str;
        if (item.hasEOL) text += '\n';
        previousY = y;
      }
      pages.push(text.trim());
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
