import { escapeMarkdown } from './escape-markdown.ts';
import { fillInLine, recordLines } from './record-lines.ts';
import type { ReportModel } from './report-model.ts';
import { signOffRows } from './sign-off-rows.ts';

// A run of underscores between spaces and the line end is plain text in CommonMark, not emphasis.
const valueOrLine = (value: string | null) => (value === null ? fillInLine : escapeMarkdown(value));

/** Title, the draft banner while open, the record's fields (empty ones as lines to fill in), disclaimer. */
export function markdownTitlePage(model: ReportModel): string[] {
  return [
    `# ${escapeMarkdown(model.title)}`,
    '',
    ...(model.status.draft
      ? [`> **DRAFT**: ${escapeMarkdown(model.status.text.replace(/^DRAFT: /, ''))}`, '']
      : []),
    ...recordLines(model).map((line) => `- **${escapeMarkdown(line.label)}:** ${valueOrLine(line.value)}`),
    '',
    `> ${escapeMarkdown(model.disclaimer)}`,
    '',
  ];
}

/** One block per duty: name, role, date and signature lines, and what RAIA recorded of a sign-off. */
export function markdownSignOff(model: ReportModel): string[] {
  return model.signOff.flatMap((entry) => [
    `### ${escapeMarkdown(entry.title)}`,
    '',
    escapeMarkdown(entry.description),
    '',
    ...signOffRows(entry).map(({ label, value }) => `- ${escapeMarkdown(label)}: ${valueOrLine(value)}`),
    '',
  ]);
}
