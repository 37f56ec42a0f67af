import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import { readinessBundle, riskBundle } from './report-fixtures.ts';

/** The figure column of every table under "How each ... was produced", as the reader sees it. */
function traceFigures(html: string): string[][] {
  const section = html.slice(html.search(/<h2[^>]*>How each/)).split(/<h2/)[1] ?? '';
  return [...section.matchAll(/<table[\s\S]*?<\/table>/g)].map(([table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .map(([, row]) => [...(row ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => cell))
      .filter((cells) => cells.length > 0)
      .map((cells) => cells[2] ?? ''),
  );
}

function bothFormats(bundle: ReportBundle) {
  return {
    html: traceFigures(renderReportHtml(bundle)),
    markdown: traceFigures(marked.parse(renderReportMarkdown(bundle), { async: false, gfm: true })),
  };
}

/** A bundle whose first trace entry contributed a third: a figure that needs rounding to print. */
function withThirdContribution(bundle: ReportBundle): ReportBundle {
  const { result } = bundle;
  const traced =
    result.kind === 'readiness' ? result.dimensions[0] : result.risks.find((risk) => risk.assessed);
  const entry = traced?.trace[0];
  if (entry === undefined) throw new Error('the fixture has no trace entry');
  entry.contribution = 1 / 3;
  return bundle;
}

describe('trace tables', () => {
  it.each([
    ['readiness', readinessBundle],
    ['risk', riskBundle],
  ])('show the same %s figures in the HTML and Markdown reports, to at most two decimals', (_, bundleOf) => {
    const { html, markdown } = bothFormats(withThirdContribution(bundleOf()));
    expect(html.length).toBeGreaterThan(0);
    expect(html.flat().length).toBeGreaterThan(1);
    expect(markdown).toEqual(html);
    expect(html[0]?.[0]).toBe('0.33');
  });
});
