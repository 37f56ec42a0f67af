import { describe, expect, it } from 'vitest';
import { buildReportModel, type ReportModelOptions } from '../../src/reports/build-report-model.ts';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import { renderReportJson } from '../../src/reports/render-report-json.ts';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import {
  euFramework,
  huderiaFramework,
  retrospectiveWithFria,
  riskBundleWith,
} from './framework-report-fixtures.ts';
import { expectGolden, goldenDifference } from './golden-file.ts';
import {
  completedRiskBundle,
  goldenOptions,
  halfFinishedRiskBundle,
  readinessGoldenBundle,
} from './golden-fixtures.ts';

/**
 * The stylesheet is R2's layout (checked in Chromium by tests/web): left out here, so the goldens
 * show what a report says and in what structure, and a style change does not rewrite them.
 */
function withoutStylesheet(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '<style>/* src/reports/report-styles.ts */</style>');
}

const cases: ReadonlyArray<[string, () => ReportBundle, ReportModelOptions]> = [
  ['risk-completed', completedRiskBundle, goldenOptions],
  // No agency configured (a line to fill in) and a zone other than UTC, written in words.
  ['risk-draft', halfFinishedRiskBundle, { ...goldenOptions, agency: undefined, timeZone: 'Europe/Berlin' }],
  ['readiness', readinessGoldenBundle, goldenOptions],
  // The EU pack's real evaluation of retrospective face matching, and a hand-built HUDERIA result.
  [
    'risk-frameworks',
    () => riskBundleWith(retrospectiveWithFria, [euFramework(retrospectiveWithFria), huderiaFramework()]),
    goldenOptions,
  ],
];

describe('golden reports', () => {
  it.each(cases)('renders %s as its golden HTML, Markdown and JSON', (name, bundle, options) => {
    const model = buildReportModel(bundle(), options);
    expectGolden(`${name}.html`, withoutStylesheet(renderReportHtml(model)));
    expectGolden(`${name}.md`, renderReportMarkdown(model));
    expectGolden(`${name}.json`, renderReportJson(model));
  });

  it('is the same report on every run: the model depends only on its inputs', () => {
    const [, bundle, options] = cases[1] ?? cases[0] ?? [];
    if (bundle === undefined || options === undefined) throw new Error('no cases');
    expect(buildReportModel(bundle(), options)).toEqual(buildReportModel(bundle(), options));
  });
});

describe('goldenDifference', () => {
  it('names the first line that changed, with the lines around it', () => {
    const golden = ['# Report', '', 'Highest level: High.', 'Of 18 risks, 11 are rated.', '', 'End'].join(
      '\n',
    );
    const changed = golden.replace('High.', 'Medium.');
    const difference = goldenDifference(golden, changed) ?? '';
    expect(difference).toContain('from line 3');
    expect(difference).toContain('-     3 | Highest level: High.');
    expect(difference).toContain('+     3 | Highest level: Medium.');
    expect(difference).toContain('      2 | ');
    expect(difference).not.toContain('Of 18 risks');
    expect(goldenDifference(golden, golden)).toBeUndefined();
  });

  it('shows lines added at the end', () => {
    expect(goldenDifference('a\nb', 'a\nb\nc')).toContain('+     3 | c');
  });
});
