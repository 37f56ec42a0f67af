import { escapeHtml } from './escape-html.ts';
import type { TraceTable } from './trace-tables.ts';

/** A table of plain-text cells; every header and cell is escaped. */
export function htmlTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A bulleted list of plain-text items, escaped. */
export function htmlList(items: readonly string[]): string {
  return items.length === 0
    ? '<p>None.</p>'
    : `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

/** Trace tables, each under an `<h3>` with its title. */
export function htmlTraceTables(tables: readonly TraceTable[]): string[] {
  return tables.map((table) => `<h3>${escapeHtml(table.title)}</h3>${htmlTable(table.headings, table.rows)}`);
}
