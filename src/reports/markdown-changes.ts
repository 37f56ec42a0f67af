import { changesTables } from './changes-tables.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { markdownList, markdownSection, markdownTable } from './markdown-table.ts';
import type { ReportChanges } from './report-changes-schema.ts';

/** The "Changes since …" section of the Markdown report. */
export function changesMarkdown(changes: ReportChanges, kind: 'risk' | 'readiness', mark: string): string[] {
  return markdownSection(changes.title, mark, [
    ...markdownList(changes.summary),
    ...changesTables(changes, kind).flatMap(({ title, table }) => [
      '',
      `### ${escapeMarkdown(title)}`,
      '',
      ...markdownTable(table),
    ]),
  ]);
}
