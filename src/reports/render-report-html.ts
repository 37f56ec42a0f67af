import { escapeHtml } from './escape-html.ts';
import { blocksHtml } from './html-blocks.ts';
import { changesHtml } from './html-changes.ts';
import { decisionHtml } from './html-decision.ts';
import { readinessHtml } from './html-readiness.ts';
import { signOffHtml, titlePageHtml } from './html-record.ts';
import { riskHtml } from './html-risk.ts';
import { htmlSection, htmlTable } from './html-table.ts';
import { frameworkTraceBlocks, frameworkTraceTitle, legalFrameworkBlocks } from './legal-framework-blocks.ts';
import type { ReportModel } from './report-model.ts';
import { draftStyles } from './report-print-styles.ts';
import { reportStyles } from './report-styles.ts';
import { answerTable, openItemTable } from './report-tables.ts';

/**
 * One self-contained, printable page: inline CSS and SVG only, no scripts and no external
 * resources, so it can be saved, mailed or printed as is. Every text value is escaped. While the
 * assessment is a draft, one banner opens the page; the print styles repeat it on every page.
 */
export function renderReportHtml(model: ReportModel): string {
  const openItems = openItemTable(model);
  const answers = answerTable(model);
  const body = [
    model.status.draft ? `<div class="draft-banner" role="note">${escapeHtml(model.status.text)}</div>` : '',
    titlePageHtml(model),
    htmlSection('summary', 'Summary', [
      `<ul>${model.summary.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    ]),
    model.decision === undefined ? '' : decisionHtml(model.decision, model.decisionOutcomes),
    model.changes === undefined ? '' : changesHtml(model.changes, model.assessment.kind),
    ...(model.assessment.kind === 'risk' ? riskHtml(model.assessment) : readinessHtml(model.assessment)),
    model.legalFrameworks === undefined
      ? ''
      : htmlSection(
          'legal-frameworks',
          'Legal frameworks',
          blocksHtml(legalFrameworkBlocks(model.legalFrameworks)),
        ),
    htmlSection('open-items', 'Open items', [
      openItems.rows.length === 0 ? '<p>None.</p>' : htmlTable(openItems.headings, openItems.rows),
    ]),
    htmlSection('answers', 'Answers', [htmlTable(answers.headings, answers.rows)]),
    model.legalFrameworks === undefined
      ? ''
      : htmlSection(
          'legal-frameworks-trace',
          frameworkTraceTitle,
          blocksHtml(frameworkTraceBlocks(model.legalFrameworks)),
        ),
    htmlSection('sign-off', 'Sign-off', [signOffHtml(model)]),
    `<p class="source">${escapeHtml(model.source)}</p>`,
  ].filter((part) => part !== '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${reportStyles}${model.status.draft ? draftStyles : ''}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
