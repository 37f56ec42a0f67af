import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { renderReportJson } from '../../src/reports/render-report-json.ts';
import { scoreReadiness } from '../../src/scoring/score-readiness.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';
import { arbitraryAnswers } from '../scoring/arbitrary-answers.ts';
import { completedRiskBundle, halfFinishedRiskBundle } from './golden-fixtures.ts';
import {
  builtIn,
  importedReadinessBundle,
  readinessBundle,
  reportModel,
  riskBundle,
} from './report-fixtures.ts';

describe('renderReportJson', () => {
  it.each([
    ['readiness', readinessBundle],
    ['risk', riskBundle],
    ['imported readiness', importedReadinessBundle],
  ])(
    'round-trips a %s report: parsing gives back the record, the answers and the result with its traces',
    (_kind, make) => {
      const bundle = make();
      const model = reportModel(bundle);
      const parsed = parseReportJson(renderReportJson(model));
      if (!parsed.success) throw new Error(parsed.error);
      expect(parsed.data.record).toEqual(model.record);
      expect(parsed.data.record.questionnaire).toMatchObject({
        id: bundle.definition.id,
        version: bundle.definition.version,
      });
      expect(parsed.data.answers).toEqual(bundle.answers);
      expect(parsed.data.result).toEqual(bundle.result);
      expect(parsed.data.disclaimer).toMatch(/does not replace/);
    },
  );

  it('re-scores the exported answers to the exported result', () => {
    for (const bundle of [readinessBundle(), riskBundle()]) {
      const parsed = parseReportJson(renderReportJson(reportModel(bundle)));
      if (!parsed.success) throw new Error(parsed.error);
      const definition = builtIn(parsed.data.record.questionnaire.id);
      const rescored =
        definition.scoring.kind === 'readiness'
          ? scoreReadiness(definition, parsed.data.answers)
          : scoreRisk(definition, parsed.data.answers);
      expect(rescored).toEqual(parsed.data.result);
    }
  });

  it('says whether the report is a draft and keeps the ids the other formats leave out', () => {
    const draft = parseReportJson(renderReportJson(reportModel(halfFinishedRiskBundle())));
    const final = parseReportJson(renderReportJson(reportModel(completedRiskBundle())));
    if (!draft.success || !final.success) throw new Error('the report did not parse');
    expect(draft.data.status.draft).toBe(true);
    expect(final.data.status.draft).toBe(false);
    expect(final.data.record.sessionId).toBe('session-golden');
    const { assessment } = final.data;
    if (assessment.kind !== 'risk') throw new Error('wrong kind');
    expect(assessment.rated[0]).toMatchObject({ riskId: 'harmful-errors', number: 1 });
    expect(assessment.rated[0]?.actions[0]?.passages[0]).toEqual({
      passageId: 'trb-performance-metrics',
      title: 'Measuring AI performance: an overview of metrics',
      resourceTitle: 'Technical Reference Book',
    });
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
      const parsed = parseReportJson(renderReportJson(reportModel(bundle)));
      expect(parsed.success && parsed.data.result).toEqual(result);
    }
  });
});

describe('parseReportJson', () => {
  it('refuses text that is not JSON', () => {
    expect(parseReportJson('{ nope')).toEqual({ success: false, error: expect.stringContaining('not JSON') });
  });

  it('refuses a report whose result was tampered with, naming the field', () => {
    const document = JSON.parse(renderReportJson(reportModel(riskBundle())));
    document.result.risks[0].residualLevel = { id: 'high', label: 'High', rank: -1 };
    const parsed = parseReportJson(JSON.stringify(document));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error).toContain('result.risks[0].residualLevel');
  });
});
