import { escapeHtml } from './escape-html.ts';
import { readinessHtml } from './html-readiness.ts';
import { riskHtml } from './html-risk.ts';
import { htmlTable } from './html-table.ts';
import { importSentence } from './import-sentence.ts';
import { type ReportBundle, reportDisclaimer } from './report-bundle.ts';
import { reportStyles } from './report-styles.ts';
import {
  answerTableHeadings,
  answerTableRows,
  openItemTableHeadings,
  openItemTableRows,
} from './report-tables.ts';

function facts(bundle: ReportBundle): string {
  const { definition, meta } = bundle;
  const rows: Array<[string, string | undefined]> = [
    ['System', meta.systemName],
    ['Questionnaire', `${definition.id}, version ${definition.version}`],
    ['Generated', meta.generatedAt],
    [
      'Answered by',
      meta.answeredBy === undefined || meta.answeredBy.length === 0 ? undefined : meta.answeredBy.join(', '),
    ],
    ...(meta.imports ?? []).map((entry): [string, string] => ['Imported', importSentence(entry)]),
    ['Session', meta.sessionId],
  ];
  const items = rows.flatMap(([term, value]) =>
    value === undefined ? [] : [`<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`],
  );
  return `<dl class="facts">${items.join('')}</dl>`;
}

/**
 * One self-contained, printable page: inline CSS and SVG only, no scripts and no external
 * resources, so it can be saved, mailed or printed as is. Every text value is escaped.
 */
export function renderReportHtml(bundle: ReportBundle): string {
  const { definition, result } = bundle;
  const title =
    bundle.meta.systemName === undefined
      ? definition.title
      : `${definition.title}: ${bundle.meta.systemName}`;
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    facts(bundle),
    `<p class="disclaimer">${escapeHtml(reportDisclaimer)}</p>`,
    result.kind === 'readiness' ? readinessHtml(result) : riskHtml(result, definition),
    '<h2>Open items</h2>',
    result.openItems.length === 0
      ? '<p>None.</p>'
      : htmlTable(openItemTableHeadings, openItemTableRows(definition, result)),
    '<h2>Answers</h2>',
    htmlTable(answerTableHeadings, answerTableRows(definition, bundle.answers, bundle.notes)),
    `<p class="source">${escapeHtml(definition.source)}</p>`,
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${reportStyles}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
