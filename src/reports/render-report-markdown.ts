import { escapeMarkdown } from './escape-markdown.ts';
import { readinessMarkdown } from './markdown-readiness.ts';
import { markdownReportHeader } from './markdown-report-header.ts';
import { riskMarkdown } from './markdown-risk.ts';
import { markdownTable } from './markdown-table.ts';
import type { ReportBundle } from './report-bundle.ts';
import {
  answerTableHeadings,
  answerTableRows,
  openItemTableHeadings,
  openItemTableRows,
} from './report-tables.ts';

/** The report as Markdown: for reading, diffing and pasting into documents that reviewers comment on. */
export function renderReportMarkdown(bundle: ReportBundle): string {
  const { definition, result } = bundle;
  const lines = [
    ...markdownReportHeader(bundle),
    ...(result.kind === 'readiness' ? readinessMarkdown(result) : riskMarkdown(result)),
    '## Open items',
    '',
    ...(result.openItems.length === 0
      ? ['None.']
      : markdownTable(openItemTableHeadings, openItemTableRows(definition, result))),
    '',
    '## Answers',
    '',
    ...markdownTable(answerTableHeadings, answerTableRows(definition, bundle.answers, bundle.notes)),
    '',
    `_${escapeMarkdown(definition.source)}_`,
    '',
  ];
  return lines.join('\n');
}
