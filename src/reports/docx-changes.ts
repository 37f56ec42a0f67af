import type { FileChild } from 'docx';
import { changesTables } from './changes-tables.ts';
import { docxTableOr } from './docx-table.ts';
import { docxBullets, docxHeading } from './docx-text.ts';
import type { ReportChanges } from './report-changes-schema.ts';

/** The "Changes since …" section of the Word report, in the order of the HTML and Markdown reports. */
export function docxChanges(changes: ReportChanges, kind: 'risk' | 'readiness'): FileChild[] {
  return [
    docxHeading(changes.title, 1),
    ...docxBullets(changes.summary),
    ...changesTables(changes, kind).flatMap(({ title, table }) => [
      docxHeading(title, 2),
      ...docxTableOr(table, 'None.'),
    ]),
  ];
}
