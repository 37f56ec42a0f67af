import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import {
  hostileText,
  importedFileHash,
  importedReadinessBundle,
  lineEndings,
  markdownInjection,
  readinessBundle,
  readinessBundleWithText,
  riskBundle,
} from './report-fixtures.ts';

const escapedHostile = '&lt;img src=x onerror=alert(1)&gt;';

describe('renderReportHtml', () => {
  it('draws a 5 x 5 heat map with one numbered marker per rated risk and a legend', () => {
    const bundle = riskBundle();
    if (bundle.result.kind !== 'risk') throw new Error('wrong kind');
    const html = renderReportHtml(bundle);
    const heatMap = html.match(/<svg[^>]*class="heat-map"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(heatMap.match(/<rect /g)).toHaveLength(25);
    expect(heatMap.match(/<g class="marker">/g)).toHaveLength(bundle.result.ranking.length);
    expect(bundle.result.ranking.length).toBeGreaterThan(1);
    for (const label of ['Low', 'Medium', 'High', 'Very high']) expect(html).toContain(`</span>${label}`);
    expect(heatMap).toContain('5 Almost certain');
    expect(heatMap).toContain('Critical');
  });

  it('draws a bar per dimension with the band edges for readiness', () => {
    const bundle = readinessBundle();
    if (bundle.result.kind !== 'readiness') throw new Error('wrong kind');
    const html = renderReportHtml(bundle);
    const chart = html.match(/<svg[^>]*class="readiness-chart"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(chart.match(/class="bar( overall)?"/g)).toHaveLength(bundle.result.dimensions.length + 1);
    expect(chart.match(/class="edge"/g)).toHaveLength(4);
    for (const edge of ['0 %', '25 %', '50 %', '75 %']) expect(chart).toContain(`>${edge}</text>`);
  });

  it('is one self-contained printable page with date, definition version, who answered and the disclaimer', () => {
    const html = renderReportHtml(readinessBundle());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<[^>]+\s(?:src|href)=|url\(|@import/i);
    expect(html).toContain('<dt>Questionnaire</dt><dd>readiness, version 1</dd>');
    expect(html).toContain('<dt>Generated</dt><dd>2026-03-02T10:30:00.000Z</dd>');
    expect(html).toContain('<dt>Answered by</dt><dd>Dana | Analyst</dd>');
    expect(html).toContain('does not replace, the agency&#39;s own legal and ethical review');
  });

  it('escapes free-text answers and the system name', () => {
    for (const bundle of [readinessBundle(), riskBundle()]) {
      const html = renderReportHtml(bundle);
      expect(html).not.toContain(hostileText);
      expect(html).toContain(escapedHostile);
    }
  });

  it('shows free text with any line ending, URLs and addresses as text: no heading, row or link', () => {
    const plain = renderReportHtml(readinessBundleWithText('Before and after'));
    const tags = (html: string) => html.match(/<(?:h[1-6]|tr|td|a)[\s>]/g)?.length ?? 0;
    for (const ending of lineEndings) {
      const html = renderReportHtml(readinessBundleWithText(markdownInjection(ending)));
      expect(tags(html)).toBe(tags(plain));
      expect(html).not.toMatch(/<a[\s>]/);
      expect(html).toContain('see https://evil.example/login');
    }
  });

  it("presents imported answers as the file's claims, never as verified answerers", () => {
    const html = renderReportHtml(importedReadinessBundle());
    expect(html).toContain(
      `<dt>Imported</dt><dd>Answers imported on 2026-03-01T08:00:00.000Z by alice (police-a) from a file (SHA-256 ${importedFileHash}); ` +
        'the file names the answerers as: Chief Inspector Forged, Dana | Analyst. RAIA has not verified these names.</dd>',
    );
    expect(html).not.toContain('<dt>Answered by</dt>');
    expect(html).toContain('<td>from an imported file</td>');
  });
});
