import { escapeMarkdown } from './escape-markdown.ts';

/** A GitHub-flavoured Markdown table; every cell is escaped, so callers pass plain text. */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => escapeMarkdown(cell)).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}
