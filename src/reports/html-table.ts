import { escapeHtml } from './escape-html.ts';

/** A table of plain-text cells; every header and cell is escaped. */
export function htmlTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const body = rows
    // data-label: on a phone each row stacks as "heading: value" lines (report-styles.ts).
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => `<td data-label="${escapeHtml(headers[index] ?? '')}">${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    // One row a line: the same page, and a golden-file diff names the row that changed.
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A bulleted list of plain-text items, escaped; "None." when empty. */
export function htmlList(items: readonly string[]): string {
  return items.length === 0
    ? '<p>None.</p>'
    : `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

/** Paragraphs of plain text, escaped. */
export function htmlParagraphs(paragraphs: readonly string[], className?: string): string {
  const attribute = className === undefined ? '' : ` class="${className}"`;
  return paragraphs.map((text) => `<p${attribute}>${escapeHtml(text)}</p>`).join('');
}

/** One major section of the report: a heading, then its content. */
export function htmlSection(id: string, title: string, content: readonly string[]): string {
  return [
    `<section class="report-section" id="${id}">`,
    `<h2>${escapeHtml(title)}</h2>`,
    ...content,
    '</section>',
  ].join('\n');
}
