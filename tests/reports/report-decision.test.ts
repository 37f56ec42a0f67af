import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '../../src/reports/render-report-docx.ts';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import { renderReportJson } from '../../src/reports/render-report-json.ts';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import { hostileText, readinessBundle, reportModel, riskBundle } from './report-fixtures.ts';
import { readWordFile } from './word-document-text.ts';

const decidedBy = { id: 'user-okafor', name: 'Chief Insp. Ada Okafor', channel: 'api' };

function decided(): ReportBundle {
  const bundle = riskBundle();
  return {
    ...bundle,
    meta: {
      ...bundle.meta,
      decision: {
        decision: 'proceed-with-conditions',
        reasons: `A second officer checks every match ${hostileText}`,
        decidedBy,
        at: '2026-02-02T14:30:00.000Z',
      },
    },
  };
}

const sectionAfterSummary = (headings: string[]) =>
  headings.slice(headings.indexOf('Summary'), headings.indexOf('Summary') + 2);

describe('the Decision section of a risk report', () => {
  it('says the decision in words, the reasons, who and when in Markdown, right after the summary', () => {
    const markdown = renderReportMarkdown(reportModel(decided()));
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1] ?? '');
    expect(sectionAfterSummary(headings)).toEqual(['Summary', 'Decision']);
    const section = markdown.slice(markdown.indexOf('## Decision'), markdown.indexOf('## Risk matrix'));
    expect(section).toContain('- Decision: Proceed with conditions');
    expect(section).toContain(
      '- Reasons: A second officer checks every match &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(section).toContain('- Decided by: Chief Insp. Ada Okafor');
    expect(section).toContain('- Recorded: 2 February 2026, 14:30 UTC');
  });

  it('says the same in HTML, escaped, right after the summary', () => {
    const html = renderReportHtml(reportModel(decided()));
    const ids = [...html.matchAll(/<section class="report-section" id="([^"]+)">/g)].map((match) => match[1]);
    expect(ids.slice(0, 2)).toEqual(['summary', 'decision']);
    const section = html.slice(html.indexOf('id="decision"'), html.indexOf('id="risk-matrix"'));
    expect(section).toContain('<dt>Decision</dt><dd>Proceed with conditions</dd>');
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(section).not.toContain('<img');
    expect(section).toContain('<dt>Decided by</dt><dd>Chief Insp. Ada Okafor</dd>');
    expect(section).toContain('<dt>Recorded</dt><dd>2 February 2026, 14:30 UTC</dd>');
  });

  it('carries the record and its wording in JSON', () => {
    const json = JSON.parse(renderReportJson(reportModel(decided())));
    expect(Object.keys(json).indexOf('decision')).toBe(Object.keys(json).indexOf('summary') + 1);
    expect(json.decision).toEqual({
      decision: 'proceed-with-conditions',
      reasons: `A second officer checks every match ${hostileText}`,
      decidedBy,
      at: '2026-02-02T14:30:00.000Z',
      decisionText: 'Proceed with conditions',
      decidedByText: 'Chief Insp. Ada Okafor',
      atText: '2 February 2026, 14:30 UTC',
    });
  });

  it('says the same in Word, right after the summary', async () => {
    const word = readWordFile(await renderReportDocx(reportModel(decided())));
    const start = word.paragraphs.indexOf('Decision');
    expect(start).toBeGreaterThan(word.paragraphs.indexOf('Summary'));
    const section = word.paragraphs.slice(start, word.paragraphs.indexOf('Risk matrix')).join(' | ');
    expect(section).toContain('Proceed with conditions');
    expect(section).toContain(`A second officer checks every match ${hostileText}`);
    expect(section).toContain('Chief Insp. Ada Okafor');
    expect(section).toContain('2 February 2026, 14:30 UTC');
  });

  it('says "No decision recorded yet." in every format when none is recorded', async () => {
    const model = reportModel(riskBundle());
    expect(model.decision).toBeNull();
    const markdown = renderReportMarkdown(model);
    expect(markdown.slice(markdown.indexOf('## Decision'), markdown.indexOf('## Risk matrix'))).toContain(
      '\nNo decision recorded yet.\n',
    );
    expect(renderReportHtml(model)).toContain('<h2>Decision</h2>\n<p>No decision recorded yet.</p>');
    expect(JSON.parse(renderReportJson(model)).decision).toBeNull();
    const word = readWordFile(await renderReportDocx(model));
    expect(word.paragraphs[word.paragraphs.indexOf('Decision') + 1]).toBe('No decision recorded yet.');
  });

  it('prints "None given." for a proceed without reasons and names no one when nobody signed in', () => {
    const bundle = riskBundle();
    const model = reportModel({
      ...bundle,
      meta: {
        ...bundle.meta,
        decision: { decision: 'proceed', reasons: '', decidedBy: null, at: '2026-02-02T14:30:00.000Z' },
      },
    });
    const markdown = renderReportMarkdown(model);
    expect(markdown).toContain(
      '- Decision: Proceed\n- Reasons: None given.\n- Decided by: Not named (recorded without signing in)',
    );
  });

  it('leaves the section out of a readiness report, which ends in no deployment decision', () => {
    const model = reportModel(readinessBundle());
    expect(model).not.toHaveProperty('decision');
    expect(renderReportMarkdown(model)).not.toContain('## Decision');
  });
});
