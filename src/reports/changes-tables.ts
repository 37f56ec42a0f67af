import type { ReportChanges } from './report-changes-schema.ts';
import type { ReportTable } from './report-tables.ts';

/**
 * The tables of the "Changes since …" section as plain-text cells, built once for every format:
 * risks first (what a reviewer must look at), then answers, then open items.
 */
export function changesTables(
  changes: ReportChanges,
  kind: 'risk' | 'readiness',
): { title: string; table: ReportTable }[] {
  // Nothing was compared (the earlier assessment is gone): the summary says why, and no table is shown.
  if (!changes.compared) return [];
  const tables = [
    {
      title: 'Risks whose level changed',
      table: {
        headings: ['Risk', 'Change', 'Before', 'Now'],
        rows: changes.risks.map((risk) => [risk.title, risk.change, risk.before, risk.after]),
      },
    },
    {
      title: 'Answers that changed',
      table: {
        headings: ['Question', 'Change', 'Before', 'Now'],
        rows: changes.answers.map((answer) => [answer.prompt, answer.change, answer.before, answer.after]),
      },
    },
    {
      title: 'Open items opened and closed',
      table: {
        headings: ['Question', 'Open item'],
        rows: [
          ...changes.openItems.opened.map((item) => [item.prompt, 'Opened']),
          ...changes.openItems.closed.map((item) => [item.prompt, 'Closed']),
        ],
      },
    },
  ];
  // A readiness assessment has no risks: its first table would always be empty.
  return kind === 'risk' ? tables : tables.slice(1);
}
