import { escapeMarkdown } from './escape-markdown.ts';
import type { TraceTable } from './trace-tables.ts';

/** A GitHub-flavoured Markdown table; every cell is escaped, so callers pass plain text. */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => escapeMarkdown(cell)).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}

/** Trace tables, each under a `###` heading with its title and followed by a blank line. */
export function markdownTraceTables(tables: readonly TraceTable[]): string[] {
  return tables.flatMap((table) => [
    `### ${escapeMarkdown(table.title)}`,
    '',
    ...markdownTable(table.headings, table.rows),
    '',
  ]);
}
