import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, type ReportModelOptions } from '../../src/reports/build-report-model.ts';
import { renderReportDocx } from '../../src/reports/render-report-docx.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import type { ReportModel } from '../../src/reports/report-model.ts';
import { convertWithLibreOffice, findSoffice } from './convert-with-libreoffice.ts';
import {
  euFramework,
  huderiaFramework,
  retrospectiveWithFria,
  riskBundleWith,
} from './framework-report-fixtures.ts';
import { expectGolden } from './golden-file.ts';
import {
  completedRiskBundle,
  goldenOptions,
  halfFinishedRiskBundle,
  readinessGoldenBundle,
} from './golden-fixtures.ts';

/**
 * The Word files as another program reads them: LibreOffice converts each to plain text, which
 * must hold the summary and every risk, and matches its golden file (text, not bytes: a .docx
 * carries the time it was written). The same cases as the HTML, Markdown and JSON goldens.
 */
const cases: ReadonlyArray<[string, () => ReportBundle, ReportModelOptions]> = [
  ['risk-completed', completedRiskBundle, goldenOptions],
  ['risk-draft', halfFinishedRiskBundle, { ...goldenOptions, agency: undefined, timeZone: 'Europe/Berlin' }],
  ['readiness', readinessGoldenBundle, goldenOptions],
  [
    'risk-frameworks',
    () => riskBundleWith(retrospectiveWithFria, [euFramework(retrospectiveWithFria), huderiaFramework()]),
    goldenOptions,
  ],
];

const soffice = findSoffice();
const underCi = (process.env.CI ?? '') !== '';
const skipReason =
  'LibreOffice (soffice) is not installed: `apt-get install libreoffice-writer-nogui` to run the Word conversion checks (CI installs it and fails without it)';

const models = new Map<string, ReportModel>();
let texts: Record<string, string> | undefined;

function converted(name: string): string {
  const text = texts?.[name];
  if (text === undefined) throw new Error(`LibreOffice wrote no text for ${name}`);
  return text;
}

describe('renderReportDocx read by LibreOffice', () => {
  beforeAll(async () => {
    if (soffice === undefined) return;
    const files: Record<string, Uint8Array> = {};
    for (const [name, bundle, options] of cases) {
      const model = buildReportModel(bundle(), options);
      models.set(name, model);
      files[name] = await renderReportDocx(model);
    }
    texts = await convertWithLibreOffice(soffice, files);
  }, 180_000);

  it('has LibreOffice to convert with', (context) => {
    if (soffice === undefined && !underCi) context.skip(skipReason);
    expect(
      soffice,
      'CI must convert the Word files: .ci/run installs libreoffice-writer-nogui',
    ).toBeDefined();
  });

  it.for(cases)('converts %s to text holding the summary and every risk', ([name], context) => {
    if (soffice === undefined) context.skip(skipReason);
    const model = models.get(name);
    if (model === undefined) throw new Error(`no model for ${name}`);
    const text = converted(name);
    // LibreOffice keeps each paragraph and table cell on its own line.
    const lines = text.split('\n').map((line) => line.trim());
    expect(lines[0]).toBe(model.title);
    for (const sentence of model.summary) expect(lines).toContain(`• ${sentence}`);
    const { assessment } = model;
    if (assessment.kind === 'risk') {
      expect(assessment.rated.length + assessment.unrated.length).toBe(assessment.counts.risks);
      for (const risk of assessment.rated) {
        expect(lines).toContain(`${risk.number}. ${risk.title}: ${risk.after.label} after safeguards`);
      }
      for (const risk of assessment.unrated) expect(lines).toContain(risk.title);
    } else {
      for (const dimension of assessment.dimensions) expect(lines).toContain(dimension.title);
    }
    if (model.status.draft) expect(lines).toContain(model.status.text);
    else expect(text).not.toContain('DRAFT');
  });

  it.for(cases)('converts %s to its golden text', ([name], context) => {
    if (soffice === undefined) context.skip(skipReason);
    expectGolden(`${name}.docx.txt`, converted(name));
  });
});
