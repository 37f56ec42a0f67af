import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { renderReportJson } from '../../src/reports/render-report-json.ts';
import { scoreReadiness } from '../../src/scoring/score-readiness.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';
import { arbitraryAnswers } from '../scoring/arbitrary-answers.ts';
import { builtIn, importedReadinessBundle, readinessBundle, riskBundle } from './report-fixtures.ts';

describe('renderReportJson', () => {
  it.each([
    ['readiness', readinessBundle],
    ['risk', riskBundle],
    ['imported readiness', importedReadinessBundle],
  ])(
    'round-trips a %s report: parsing gives back the answers and the result with its traces',
    (_kind, make) => {
      const bundle = make();
      const parsed = parseReportJson(renderReportJson(bundle));
      if (!parsed.success) throw new Error(parsed.error);
      expect(parsed.data.definition).toMatchObject({
        id: bundle.definition.id,
        version: bundle.definition.version,
      });
      expect(parsed.data.meta).toEqual(bundle.meta);
      expect(parsed.data.answers).toEqual(bundle.answers);
      expect(parsed.data.result).toEqual(bundle.result);
      expect(parsed.data.disclaimer).toMatch(/does not replace/);
    },
  );

  it('re-scores the exported answers to the exported result', () => {
    for (const bundle of [readinessBundle(), riskBundle()]) {
      const parsed = parseReportJson(renderReportJson(bundle));
      if (!parsed.success) throw new Error(parsed.error);
      const definition = builtIn(parsed.data.definition.id);
      const rescored =
        definition.scoring.kind === 'readiness'
          ? scoreReadiness(definition, parsed.data.answers)
          : scoreRisk(definition, parsed.data.answers);
      expect(rescored).toEqual(parsed.data.result);
    }
  });

  const readiness = builtIn('readiness');
  const risk = builtIn('risk');
  test.prop([fc.oneof(arbitraryAnswers(readiness, { wild: true }), arbitraryAnswers(risk, { wild: true }))], {
    numRuns: 60,
  })('round-trips any scored answer set exactly', (answers) => {
    for (const definition of [readiness, risk]) {
      const result =
        definition.scoring.kind === 'readiness'
          ? scoreReadiness(definition, answers)
          : scoreRisk(definition, answers);
      const bundle = { definition, answers, result, meta: { generatedAt: '2026-01-01T00:00:00.000Z' } };
      const parsed = parseReportJson(renderReportJson(bundle));
      expect(parsed.success && parsed.data.result).toEqual(result);
    }
  });
});

describe('parseReportJson', () => {
  it('refuses text that is not JSON', () => {
    expect(parseReportJson('{ nope')).toEqual({ success: false, error: expect.stringContaining('not JSON') });
  });

  it('refuses a report whose result was tampered with, naming the field', () => {
    const document = JSON.parse(renderReportJson(riskBundle()));
    document.result.risks[0].residualLevel = { id: 'high', label: 'High', rank: -1 };
    const parsed = parseReportJson(JSON.stringify(document));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error).toContain('result.risks[0].residualLevel');
  });
});
