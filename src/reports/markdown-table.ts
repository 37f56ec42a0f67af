import { escapeMarkdown } from './escape-markdown.ts';
import type { ReportTable } from './report-tables.ts';

/** A GitHub-flavoured Markdown table; every cell is escaped, so callers pass plain text. */
export function markdownTable(table: ReportTable, empty = 'None.'): string[] {
  if (table.rows.length === 0) return [empty];
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => escapeMarkdown(cell)).join(' | ')} |`;
  return [line(table.headings), `|${table.headings.map(() => ' --- ').join('|')}|`, ...table.rows.map(line)];
}

/** Plain-text list items, escaped; "None." when empty. */
export function markdownList(items: readonly string[]): string[] {
  return items.length === 0 ? ['None.'] : items.map((item) => `- ${escapeMarkdown(item)}`);
}

/**
 * The draft mark as a quoted line: `> **DRAFT**: not final, …`. Markdown has no pages, so a draft
 * repeats it at the top and under every section heading, where a printed or pasted copy keeps it.
 */
export function markdownDraftMark(mark: string): string[] {
  if (mark === '') return [];
  return [`> **DRAFT**: ${escapeMarkdown(mark.replace(/^DRAFT: /, ''))}`, ''];
}

/** A major section: `## title`, the draft mark of a draft, then the content and a blank line. */
export function markdownSection(title: string, draftMark: string, content: readonly string[]): string[] {
  const lines = [...content];
  while (lines.at(-1) === '') lines.pop();
  return [`## ${escapeMarkdown(title)}`, '', ...markdownDraftMark(draftMark), ...lines, ''];
}
