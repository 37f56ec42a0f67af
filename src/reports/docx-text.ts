import { HeadingLevel, type IRunOptions, Paragraph, TextRun } from 'docx';

// XML 1.0 allows no control character but tab, line feed and carriage return, and no lone
// surrogate: one pasted into a note would make Word refuse to open the whole file.
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Where people's text breaks a line (report-fixtures' lineEndings): Word needs a break element.
// biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab and form feed are line ends here.
const lineBreak = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/;

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs of plain text: line breaks become Word line breaks, characters XML cannot hold are dropped. */
export function docxRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .split(lineBreak)
    .map(
      (line, index) => new TextRun({ ...style, text: line.replace(notXml, ''), break: index === 0 ? 0 : 1 }),
    );
}

/** A paragraph of plain text. */
export function docxParagraph(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: docxRuns(text, style) });
}

/** A Heading 1 (a report section) or Heading 2 (a risk, a dimension, a signatory): Word's own styles. */
export function docxHeading(
  text: string,
  level: 1 | 2,
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: docxRuns(text),
    ...(options.pageBreakBefore === true ? { pageBreakBefore: true } : {}),
  });
}

/** One bulleted paragraph per item; "None." when there are none. */
export function docxBullets(items: readonly string[]): Paragraph[] {
  if (items.length === 0) return [docxParagraph('None.')];
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: docxRuns(item) }));
}
