import { changesTables } from './changes-tables.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlList, htmlSection, htmlTable } from './html-table.ts';
import type { ReportChanges } from './report-changes-schema.ts';

/** The "Changes since …" section of the HTML report. */
export function changesHtml(changes: ReportChanges, kind: 'risk' | 'readiness'): string {
  return htmlSection('changes', changes.title, [
    htmlList(changes.summary),
    ...changesTables(changes, kind).flatMap(({ title, table }) => [
      `<h3>${escapeHtml(title)}</h3>`,
      table.rows.length === 0 ? '<p>None.</p>' : htmlTable(table.headings, table.rows),
    ]),
  ]);
}
