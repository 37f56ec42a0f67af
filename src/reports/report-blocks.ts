import type { ReportTable } from './report-tables.ts';

/**
 * Format-neutral content of plain text, which the HTML, Markdown and Word renderers only escape
 * and lay out (html-blocks.ts, markdown-blocks.ts, docx-blocks.ts): the framework parts are
 * written once, so no format can say less than another. A heading's level counts from the
 * report's sections (1); HTML prints it one deeper, under the page's own h1.
 */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: 'strong' | 'note' }
  | { kind: 'list'; items: string[] }
  | { kind: 'facts'; rows: Array<{ label: string; value: string }> }
  | { kind: 'table'; table: ReportTable; weights?: number[] };
