import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import {
  hostileText,
  importedFileHash,
  importedReadinessBundle,
  lineEndings,
  markdownInjection,
  readinessBundle,
  readinessBundleWithText,
  reportModel,
  riskBundle,
} from './report-fixtures.ts';

const escapedHostile = '&lt;img src=x onerror=alert(1)&gt;';
const htmlOf = (bundle: ReportBundle) => renderReportHtml(reportModel(bundle));

describe('renderReportHtml', () => {
  it('draws the risk matrix with one cell per likelihood and severity and names every level', () => {
    const bundle = riskBundle();
    if (bundle.result.kind !== 'risk') throw new Error('wrong kind');
    const html = htmlOf(bundle);
    const heatMap = html.match(/<svg[^>]*class="heat-map"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(heatMap.match(/<g class="cell"/g)).toHaveLength(25);
    expect(bundle.result.ranking.length).toBeGreaterThan(1);
    for (const label of ['Low', 'Medium', 'High', 'Very high']) expect(html).toContain(`>${label}</span>`);
    expect(heatMap).toContain('Almost certain');
    expect(heatMap).toContain('Critical');
  });

  it('draws a bar per dimension and one overall for readiness', () => {
    const bundle = readinessBundle();
    if (bundle.result.kind !== 'readiness') throw new Error('wrong kind');
    const chart = htmlOf(bundle).match(/<svg[^>]*class="readiness-chart"[\s\S]*?<\/svg>/)?.[0] ?? '';
    for (const dimension of bundle.result.dimensions) expect(chart).toContain(dimension.title);
    expect(chart).toContain('Overall');
  });

  it('is one self-contained printable page with the record fields, who answered and the disclaimer', () => {
    const html = htmlOf(readinessBundle());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<[^>]+\s(?:src|href)=|url\(|@import/i);
    expect(html).toContain(
      '<dt>Questionnaire</dt><dd>Organizational readiness for responsible AI (readiness), version 1</dd>',
    );
    expect(html).toContain('<dt>Date and time</dt><dd>2 March 2026, 10:30 UTC</dd>');
    expect(html).toContain('<dt>Assessors</dt><dd>Dana | Analyst</dd>');
    expect(html).toContain('does not replace, the agency&#39;s own legal and ethical review');
  });

  it('escapes free-text answers and the system name', () => {
    for (const bundle of [readinessBundle(), riskBundle()]) {
      const html = htmlOf(bundle);
      expect(html).not.toContain(hostileText);
      expect(html).toContain(escapedHostile);
    }
  });

  it('shows free text with any line ending, URLs and addresses as text: no heading, row or link', () => {
    const plain = htmlOf(readinessBundleWithText('Before and after'));
    const tags = (html: string) => html.match(/<(?:h[1-6]|tr|td|a)[\s>]/g)?.length ?? 0;
    for (const ending of lineEndings) {
      const html = htmlOf(readinessBundleWithText(markdownInjection(ending)));
      expect(tags(html)).toBe(tags(plain));
      expect(html).not.toMatch(/<a[\s>]/);
      expect(html).toContain('see https://evil.example/login');
    }
  });

  it("presents imported answers as the file's claims, never as verified answerers", () => {
    const html = htmlOf(importedReadinessBundle());
    expect(html).toContain(
      `<dt>Imported answers</dt><dd>Answers imported on 1 March 2026, 08:00 UTC by alice (police-a) from a file (SHA-256 ${importedFileHash}); ` +
        'the file names the answerers as: Chief Inspector Forged, Dana | Analyst. RAIA has not verified these names.</dd>',
    );
    expect(html).not.toContain('<dt>Assessors</dt>');
    expect(html).toContain('>from an imported file</td>');
  });
});
