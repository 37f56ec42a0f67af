import { escapeMarkdown } from './escape-markdown.ts';
import { frameworkTraceBlocks, frameworkTraceTitle, legalFrameworkBlocks } from './legal-framework-blocks.ts';
import { blocksMarkdown } from './markdown-blocks.ts';
import { changesMarkdown } from './markdown-changes.ts';
import { decisionMarkdown } from './markdown-decision.ts';
import { readinessMarkdown } from './markdown-readiness.ts';
import { markdownSignOff, markdownTitlePage } from './markdown-record.ts';
import { riskMarkdown } from './markdown-risk.ts';
import { markdownList, markdownSection, markdownTable } from './markdown-table.ts';
import type { ReportModel } from './report-model.ts';
import { answerTable, openItemTable } from './report-tables.ts';

/** The report as Markdown: for reading, diffing and pasting into documents that reviewers comment on. */
export function renderReportMarkdown(model: ReportModel): string {
  const mark = model.status.mark;
  const { assessment } = model;
  const lines = [
    ...markdownTitlePage(model),
    ...markdownSection('Summary', mark, markdownList(model.summary)),
    ...(model.decision === undefined ? [] : decisionMarkdown(model.decision, mark, model.decisionOutcomes)),
    ...(model.changes === undefined ? [] : changesMarkdown(model.changes, assessment.kind, mark)),
    ...(assessment.kind === 'risk' ? riskMarkdown(assessment, mark) : readinessMarkdown(assessment, mark)),
    ...(model.legalFrameworks === undefined
      ? []
      : markdownSection(
          'Legal frameworks',
          mark,
          blocksMarkdown(legalFrameworkBlocks(model.legalFrameworks)),
        )),
    ...markdownSection('Open items', mark, markdownTable(openItemTable(model))),
    ...markdownSection('Answers', mark, markdownTable(answerTable(model))),
    ...(model.legalFrameworks === undefined
      ? []
      : markdownSection(
          frameworkTraceTitle,
          mark,
          blocksMarkdown(frameworkTraceBlocks(model.legalFrameworks)),
        )),
    ...markdownSection('Sign-off', mark, markdownSignOff(model)),
    `_${escapeMarkdown(model.source)}_`,
    '',
  ];
  return lines.join('\n');
}
