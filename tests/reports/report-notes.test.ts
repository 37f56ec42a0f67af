import { describe, expect, it } from 'vitest';
import type { QuestionNotes } from '../../src/questionnaires/question-notes.ts';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import { renderReportJson } from '../../src/reports/render-report-json.ts';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import { hostileText, reportModel, riskBundle } from './report-fixtures.ts';

const at = '2026-03-01T09:00:00.000Z';
const notes: QuestionNotes = {
  'system-name': { text: 'we have a DPIA and human review of every match', kind: 'note', at },
  'no-legal-basis-mitigation': {
    text: `DPIA v2 signed 3 March 2026 by the DPO ${hostileText}`,
    kind: 'evidence',
    at,
    by: { id: 'importer', channel: 'import' },
  },
};

function bundleWithNotes(): ReportBundle {
  return { ...riskBundle(), notes };
}

function promptOf(bundle: ReportBundle, questionId: string): string {
  for (const section of bundle.definition.sections) {
    const found = section.questions.find((question) => question.id === questionId);
    if (found !== undefined) return found.prompt;
  }
  throw new Error(`no question ${questionId}`);
}

describe('notes and evidence in reports', () => {
  it('Markdown shows each note in its question row of the answers table', () => {
    const bundle = bundleWithNotes();
    const markdown = renderReportMarkdown(reportModel(bundle));
    const row = markdown.split('\n').find((line) => line.includes(promptOf(bundle, 'system-name')));
    expect(row).toContain('Note: we have a DPIA and human review of every match');
    expect(markdown).toContain('| Notes and evidence |');
    const evidenceRows = markdown.split('\n').filter((line) => line.includes('DPIA v2 signed 3 March 2026'));
    expect(evidenceRows).toHaveLength(1);
    expect(evidenceRows[0]).toContain('Evidence (from an imported file): DPIA v2');
    expect(markdown).not.toContain(hostileText);
  });

  it('HTML shows each note in its question row, escaped', () => {
    const bundle = bundleWithNotes();
    const html = renderReportHtml(reportModel(bundle));
    const rows = html.split('<tr>');
    const row = rows.find((candidate) => candidate.includes(promptOf(bundle, 'system-name')));
    expect(row).toContain('Note: we have a DPIA and human review of every match');
    expect(html).toContain('<th scope="col">Notes and evidence</th>');
    expect(html).not.toContain(hostileText);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('JSON carries the notes and reads back', () => {
    const json = renderReportJson(reportModel(bundleWithNotes()));
    const parsed = parseReportJson(json);
    expect(parsed.success && parsed.data.notes).toEqual(notes);
  });

  it('a report without notes has no notes column filled and still parses', () => {
    const markdown = renderReportMarkdown(reportModel(riskBundle()));
    expect(markdown).not.toContain('Note: ');
    const parsed = parseReportJson(renderReportJson(reportModel(riskBundle())));
    expect(parsed.success).toBe(true);
  });
});
