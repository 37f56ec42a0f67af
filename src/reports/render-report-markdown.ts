import { answerRows } from './answer-rows.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { readinessMarkdown } from './markdown-readiness.ts';
import { markdownReportHeader } from './markdown-report-header.ts';
import { riskMarkdown } from './markdown-risk.ts';
import { markdownTable } from './markdown-table.ts';
import type { ReportBundle } from './report-bundle.ts';
import { openItemReasonText } from './report-wording.ts';

/** The report as Markdown: for reading, diffing and pasting into documents that reviewers comment on. */
export function renderReportMarkdown(bundle: ReportBundle): string {
  const { definition, result } = bundle;
  const sectionTitle = (sectionId: string) =>
    definition.sections.find((section) => section.id === sectionId)?.title ?? sectionId;
  const lines = [
    ...markdownReportHeader(bundle),
    ...(result.kind === 'readiness' ? readinessMarkdown(result) : riskMarkdown(result)),
    '## Open items',
    '',
    ...(result.openItems.length === 0
      ? ['None.']
      : markdownTable(
          ['Section', 'Question', 'Why open'],
          result.openItems.map((item) => [
            sectionTitle(item.sectionId),
            item.prompt,
            openItemReasonText[item.reason],
          ]),
        )),
    '',
    '## Answers',
    '',
    ...markdownTable(
      ['Section', 'Question', 'Answer', 'Answered by', 'Status'],
      answerRows(definition, bundle.answers).map((row) => [
        row.sectionTitle,
        row.prompt,
        row.answer,
        row.answeredBy,
        row.status,
      ]),
    ),
    '',
    `_${escapeMarkdown(definition.source)}_`,
    '',
  ];
  return lines.join('\n');
}
