import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaires/answers.ts';
import { diffAssessments } from '../../src/reports/diff-assessments.ts';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { renderReportDocx } from '../../src/reports/render-report-docx.ts';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import { renderReportJson } from '../../src/reports/render-report-json.ts';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import type { ChangesSource } from '../../src/reports/report-changes-schema.ts';
import { scoreReadiness } from '../../src/scoring/score-readiness.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';
import { completedRiskBundle, readinessGoldenBundle } from './golden-fixtures.ts';
import { hostileText, reportModel } from './report-fixtures.ts';
import { readWordFile } from './word-document-text.ts';

const signedAt = '2026-09-14T16:00:00.000Z';

/** The bundle with some answers replaced and re-scored for real. */
function rescored(bundle: ReportBundle, values: Record<string, Answers[string]['value']>): ReportBundle {
  const answers: Answers = { ...bundle.answers };
  for (const [questionId, value] of Object.entries(values))
    answers[questionId] = { value, answeredAt: '2026-12-01T15:10:00.000Z' };
  const { definition } = bundle;
  const result =
    definition.scoring.kind === 'risk' ? scoreRisk(definition, answers) : scoreReadiness(definition, answers);
  return { ...bundle, answers, result };
}

function compared(before: ReportBundle, after: ReportBundle): ChangesSource {
  const side = (bundle: ReportBundle, sessionId: string) => ({ ...bundle, sessionId });
  return {
    kind: 'compared',
    fromSessionId: 'session-signed',
    since: signedAt,
    diff: diffAssessments(side(before, 'session-signed'), side(after, 'session-golden')),
  };
}

describe('the "Changes since" section of a report', () => {
  const before = completedRiskBundle();
  const after = rescored(before, { 'system-name': hostileText, 'harmful-errors-mitigation': 'none' });
  const model = reportModel(after, { changes: compared(before, after) });

  it('is built from the diff: risks first, then answers, then open items', () => {
    expect(model.changes).toMatchObject({
      title: 'Changes since the assessment of 14 September 2026',
      fromSessionId: 'session-signed',
      compared: true,
      risks: [{ riskId: 'harmful-errors', change: 'Up', before: 'High', after: 'Very high' }],
      openItems: { opened: [], closed: [] },
    });
    expect(model.changes?.answers.map((answer) => answer.questionId)).toEqual([
      'system-name',
      'harmful-errors-mitigation',
    ]);
    expect(model.changes?.summary).toContain('Overall level: High before, Very high now.');
  });

  it('comes right after the summary in Markdown and HTML, with people’s words escaped', () => {
    const markdown = renderReportMarkdown(model);
    const changesAt = markdown.indexOf('## Changes since the assessment of 14 September 2026');
    expect(changesAt).toBeGreaterThan(markdown.indexOf('## Summary'));
    expect(changesAt).toBeLessThan(markdown.indexOf('## Risk matrix'));
    expect(markdown.slice(changesAt)).not.toContain(hostileText);
    const html = renderReportHtml(model);
    expect(html).toContain('<h2>Changes since the assessment of 14 September 2026</h2>');
    expect(html).not.toContain(hostileText);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is carried by the JSON report and read back by its schema', () => {
    const parsed = parseReportJson(renderReportJson(model));
    if (!parsed.success) throw new Error('the JSON report does not parse');
    expect(parsed.data.changes).toEqual(model.changes);
  });

  it('is a section of the Word report with its tables', async () => {
    const word = readWordFile(await renderReportDocx(model));
    expect(word.paragraphs).toContain('Changes since the assessment of 14 September 2026');
    expect(word.text).toContain('Risks whose level changed');
    expect(word.text).toContain('Answers that changed');
    expect(word.text).toContain('No safeguards yet');
  });

  it('is absent from a report of a first assessment, so those reports do not change', () => {
    const first = reportModel(before);
    expect(first).not.toHaveProperty('changes');
    expect(renderReportMarkdown(first)).not.toContain('Changes since');
    expect(JSON.parse(renderReportJson(first))).not.toHaveProperty('changes');
  });

  it('says why nothing is listed when the earlier assessment is gone', () => {
    const gone = reportModel(after, {
      changes: { kind: 'gone', fromSessionId: 'session-signed', since: signedAt },
    });
    expect(gone.changes).toMatchObject({ compared: false, risks: [], answers: [] });
    const markdown = renderReportMarkdown(gone);
    expect(markdown).toContain(
      '- The assessment of 14 September 2026, which this one started from, is no longer stored: it was deleted or passed its retention period, so the changes since then cannot be listed.',
    );
    expect(markdown).not.toContain('### Answers that changed');
  });

  it('has no table of risks for a readiness assessment', () => {
    const readiness = readinessGoldenBundle();
    const later = rescored(readiness, { 'ai-register': 3 });
    const markdown = renderReportMarkdown(reportModel(later, { changes: compared(readiness, later) }));
    expect(markdown).toContain('## Changes since the assessment of 14 September 2026');
    expect(markdown).not.toContain('Risks whose level changed');
    expect(markdown).not.toContain('- Risks: ');
    expect(markdown).toContain('### Answers that changed');
  });
});
