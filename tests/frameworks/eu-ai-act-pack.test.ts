import { describe, expect, it } from 'vitest';
import euAiActV1Json from '../../src/frameworks/data/eu-ai-act.v1.json' with { type: 'json' };
import { evaluatePack } from '../../src/frameworks/evaluate-pack.ts';
import { loadFrameworkPack } from '../../src/frameworks/load-framework-pack.ts';
import type {
  ChecklistOutcome,
  DocumentOutcome,
  PackResult,
  ScreeningOutcome,
} from '../../src/frameworks/pack-result-schema.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import {
  documentTranslation,
  liveFaceIdentification,
  liveFaceIdentificationForCrowds,
  retrospectiveFaceMatching,
  unsure,
  without,
} from './eu-ai-act-profiles.ts';
import { euAiActPack, packInput, riskV3, riskWithPack, walkthroughAnswers } from './eu-ai-act-walkthrough.ts';

function evaluated(
  values: Parameters<typeof walkthroughAnswers>[0],
  options?: Parameters<typeof walkthroughAnswers>[1],
) {
  return evaluatePack(euAiActPack, packInput(walkthroughAnswers(values, options)));
}

function assessment<Kind extends PackResult['assessments'][number]['kind']>(
  result: PackResult,
  kind: Kind,
  id: string,
): Extract<PackResult['assessments'][number], { kind: Kind }> {
  const found = result.assessments.find((candidate) => candidate.id === id);
  if (found?.kind !== kind) throw new Error(`no ${kind} "${id}" in the result`);
  return found as Extract<PackResult['assessments'][number], { kind: Kind }>;
}
const screening = (result: PackResult, id: string): ScreeningOutcome => assessment(result, 'screening', id);
const checklist = (result: PackResult, id: string): ChecklistOutcome => assessment(result, 'checklist', id);
const document = (result: PackResult, id: string): DocumentOutcome => assessment(result, 'document', id);

const conditionIds = (outcome: ScreeningOutcome, status: 'met' | 'missing' | 'unknown') =>
  outcome.conditions.filter((condition) => condition.status === status).map((condition) => condition.id);
const applyingItems = (outcome: ChecklistOutcome) =>
  outcome.items.filter((item) => item.applies === 'yes').map((item) => item.id);
const statusOf = (outcome: ChecklistOutcome, itemId: string) =>
  outcome.items.find((item) => item.id === itemId)?.status;

describe('the EU AI Act pack (eu-ai-act.v1.json)', () => {
  it('validates and passes every check of the framework pack loader', () => {
    const loaded = loadFrameworkPack(euAiActV1Json, {
      fileName: 'eu-ai-act.v1.json',
      questionnaires: builtInQuestionnaires(),
    });
    expect(loaded.success ? 'valid' : loaded.error).toBe('valid');
  });

  it('asks its questions after the risk questionnaire, each showIf testing only earlier questions', () => {
    expect(() => riskWithPack()).not.toThrow();
  });

  it('asks its own questions under ids the risk questionnaire does not use', () => {
    const riskIds = new Set(
      riskV3.sections.flatMap((section) => section.questions.map((question) => question.id)),
    );
    const clashes = euAiActPack.sections
      .flatMap((section) => section.questions.map((question) => question.id))
      .filter((questionId) => riskIds.has(questionId));
    expect(clashes).toEqual([]);
  });

  it('cites only the AI Act and the Law Enforcement Directive, and keeps its date', () => {
    expect(euAiActPack.sources.map((source) => source.id)).toEqual(['ai-act', 'led']);
    expect(euAiActPack.reads).toEqual(['risk']);
    expect(euAiActPack.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('evaluatePack with the EU AI Act pack', () => {
  it('allows live public-space face identification for a listed purpose only under conditions, naming the missing authorisation, FRIA and registration', () => {
    const prohibited = screening(evaluated(liveFaceIdentification), 'prohibited-practices');
    expect(prohibited.outcome).toEqual({ id: 'conditional', label: 'Allowed only under conditions' });
    expect(prohibited.fired.map((rule) => rule.ruleId)).toEqual([
      'live-public-identification-for-a-listed-purpose',
    ]);
    expect(conditionIds(prohibited, 'missing')).toEqual([
      'prior-authorisation',
      'fria-completed',
      'use-registered',
    ]);
    expect(conditionIds(prohibited, 'met')).toEqual([
      'national-law',
      'targeted-person-only',
      'each-use-notified',
    ]);
    expect(prohibited.fired[0]?.statement.cites).toContain('ai-act:5(1)(h)');
  });

  it('finds the same system prohibited when its purpose is none of the three', () => {
    const prohibited = screening(evaluated(liveFaceIdentificationForCrowds), 'prohibited-practices');
    expect(prohibited.outcome?.id).toBe('prohibited');
    expect(prohibited.fired.map((rule) => rule.ruleId)).toEqual([
      'live-public-identification-for-another-purpose',
    ]);
    expect(prohibited.conditions).toEqual([]);
  });

  it('counts authorisation requested within 24 hours in an urgent case as met, and a refusal as prohibited', () => {
    const urgent = screening(
      evaluated({ ...liveFaceIdentification, 'eu-rbi-authorisation': 'urgent-requested' }),
      'prohibited-practices',
    );
    expect(conditionIds(urgent, 'met')).toContain('prior-authorisation');
    const refused = screening(
      evaluated({ ...liveFaceIdentification, 'eu-rbi-authorisation': 'refused' }),
      'prohibited-practices',
    );
    expect(refused.outcome?.id).toBe('prohibited');
    expect(refused.fired[0]?.ruleId).toBe('live-public-identification-authorisation-refused');
  });

  it('classifies retrospective face matching as high-risk and lists the 26(10) duties and two-person verification', () => {
    const result = evaluated(retrospectiveFaceMatching);
    expect(screening(result, 'prohibited-practices').outcome?.id).toBe('not-concerned');
    const highRisk = screening(result, 'high-risk');
    expect(highRisk.outcome?.id).toBe('high-risk');
    expect(highRisk.fired.map((rule) => rule.ruleId)).toEqual([
      'annex-iii-1a-remote-biometric-identification',
    ]);
    const duties = checklist(result, 'deployer-duties');
    expect(duties.applies).toBe('yes');
    expect(applyingItems(duties)).toEqual(
      expect.arrayContaining([
        'two-person-verification',
        'post-identification-authorisation',
        'post-identification-targeted-only',
        'post-identification-police-file',
        'post-identification-yearly-report',
        'keep-logs-six-months',
        'registered-system-only',
        'inform-affected-people',
        'human-oversight-assigned',
      ]),
    );
    expect(duties.items.find((item) => item.id === 'post-identification-authorisation')?.duty.cites).toEqual([
      'ai-act:26(10)',
    ]);
    expect(statusOf(duties, 'post-identification-authorisation')).toBe('not-met');
    expect(statusOf(duties, 'post-identification-targeted-only')).toBe('met');
    expect(statusOf(duties, 'post-identification-yearly-report')).toBe('unknown');
    expect(statusOf(duties, 'fundamental-rights-impact-assessment')).toBe('not-met');
    // The provider controls the input data, so the input-data duty does not fall on the agency.
    expect(applyingItems(duties)).not.toContain('relevant-input-data');
  });

  it('leaves the 26(10) duties out for live identification, which has its own conditions', () => {
    const duties = checklist(evaluated(liveFaceIdentification), 'deployer-duties');
    expect(applyingItems(duties)).toContain('two-person-verification');
    expect(applyingItems(duties).filter((id) => id.startsWith('post-identification'))).toEqual([]);
  });

  it('finds a document-translation tool not concerned and not high-risk, with only AI literacy to check', () => {
    const result = evaluated(documentTranslation);
    expect(screening(result, 'prohibited-practices').outcome?.id).toBe('not-concerned');
    expect(screening(result, 'high-risk').outcome?.id).toBe('not-high-risk');
    expect(checklist(result, 'deployer-duties').applies).toBe('no');
    expect(document(result, 'fria').applies).toBe('no');
    expect(applyingItems(checklist(result, 'every-system-duties'))).toEqual(['ai-literacy']);
  });

  it('drafts the FRIA with all six elements of Art. 27(1), each filled from the answers or marked missing', () => {
    const values = {
      ...retrospectiveFaceMatching,
      'eu-fria-process-description':
        'Analysts of the serious crime unit search CCTV footage seized in a case.',
      'eu-fria-oversight-arrangements':
        'Two trained examiners review each candidate match; either may reject it.',
      'eu-fria-complaint-mechanism': 'Complaints go to the professional standards department.',
    };
    const rated = { 'biometric-misidentification': { likelihood: 3, severity: 5, mitigation: 'partial' } };
    const fria = document(evaluated(values, { rated }), 'fria');
    expect(fria.applies).toBe('yes');
    expect(fria.elements.map((element) => element.heading.cites[0])).toEqual([
      'ai-act:27(1)(a)',
      'ai-act:27(1)(b)',
      'ai-act:27(1)(c)',
      'ai-act:27(1)(d)',
      'ai-act:27(1)(e)',
      'ai-act:27(1)(f)',
    ]);
    const missing = fria.elements.filter((element) => element.missing).map((element) => element.id);
    expect(missing).toEqual(['period-and-frequency']);
    const processes = fria.elements.find((element) => element.id === 'processes');
    expect(processes?.entries[0]).toMatchObject({
      questionId: 'eu-fria-process-description',
      answer: values['eu-fria-process-description'],
    });
    const risks = fria.elements.find((element) => element.id === 'risks-of-harm');
    expect(risks?.risks.map((risk) => risk.riskId)).toEqual(['biometric-misidentification']);
    expect(fria.preface.cites).toContain('ai-act:27(5)');
    expect(fria.preface.text).toMatch(/as reported/i);
  });

  it('marks every element missing that no answer fills, and the risks element when no risk is rated', () => {
    const fria = document(evaluated(retrospectiveFaceMatching), 'fria');
    const missing = fria.elements.filter((element) => element.missing).map((element) => element.id);
    expect(missing).toEqual(['period-and-frequency']);
    const noInstructions = document(
      evaluated({ ...retrospectiveFaceMatching, 'eu-instructions-for-use': unsure }),
      'fria',
    );
    expect(noInstructions.elements.find((element) => element.id === 'risks-of-harm')?.missing).toBe(true);
  });

  it('prohibits crime prediction about a person based on profiling alone', () => {
    const values = {
      ...documentTranslation,
      'system-purpose': 'risk-and-prediction',
      'data-types': ['criminal-records'],
      'eu-predicts-offending': 'yes',
      'eu-offending-basis': 'profile-only',
      'eu-personality-or-past-offences': 'no',
      'eu-victim-risk': 'no',
      'eu-polygraph': 'no',
      'eu-evidence-reliability': 'no',
      'eu-profiles-persons': 'yes',
      'eu-migration-border': 'no',
    };
    const result = evaluated(values, { leaveOpen: deployerQuestions() });
    expect(screening(result, 'prohibited-practices').fired.map((rule) => rule.ruleId)).toEqual([
      'crime-prediction-by-profiling',
    ]);
    const highRisk = screening(result, 'high-risk');
    expect(highRisk.outcome?.id).toBe('high-risk');
    expect(highRisk.fired.map((rule) => rule.ruleId)).toContain('annex-iii-6e-profiling-always-high-risk');
  });

  it('accepts an Art. 6(3) exception only for a system that does not profile people', () => {
    const excepted = { ...retrospectiveFaceMatching, 'eu-no-significant-risk': 'preparatory-task' };
    const result = evaluated(without(excepted, deployerQuestions()));
    const highRisk = screening(result, 'high-risk');
    expect(highRisk.outcome?.id).toBe('not-high-risk');
    expect(highRisk.fired.map((rule) => rule.ruleId)).toEqual(['article-6-3-no-significant-risk']);
    const unsureProfiling = screening(
      evaluated({
        ...without(retrospectiveFaceMatching, ['eu-no-significant-risk']),
        'eu-profiles-persons': unsure,
      }),
      'high-risk',
    );
    expect(unsureProfiling.outcome?.id).toBe('high-risk');
  });

  it('leaves the prohibited-practice outcome open while the identification question is unanswered', () => {
    const values = without(liveFaceIdentification, [
      'eu-remote-identification',
      'eu-public-spaces',
      'eu-rbi-objective',
      'eu-rbi-national-law',
      'eu-rbi-targeted-person',
      'eu-rbi-authorisation',
      'eu-rbi-notification',
      // Without the identification question no listed use is known yet, so neither are the later questions.
      'eu-no-significant-risk',
      ...deployerQuestions(),
    ]);
    const prohibited = screening(
      evaluated(values, { leaveOpen: ['eu-remote-identification'] }),
      'prohibited-practices',
    );
    expect(prohibited.outcome).toBeNull();
    expect(prohibited.openQuestions).toContain('eu-remote-identification');
  });

  it.each([
    ['live identification for a listed purpose', liveFaceIdentification],
    ['live identification for crowds', liveFaceIdentificationForCrowds],
    ['retrospective face matching', retrospectiveFaceMatching],
    ['document translation', documentTranslation],
  ])(
    'decides every screening of a completed walkthrough (%s), whether or not hidden questions count as open',
    (_name, values) => {
      const answers = walkthroughAnswers(values);
      const whileOpen = evaluatePack(euAiActPack, packInput(answers));
      const settled = evaluatePack(euAiActPack, packInput(answers, { isOpen: () => false }));
      for (const id of ['prohibited-practices', 'high-risk']) {
        expect(screening(whileOpen, id).outcome, id).not.toBeNull();
        expect(screening(whileOpen, id).outcome).toEqual(screening(settled, id).outcome);
      }
    },
  );
});

/** The deployer-section questions a scenario that is not (or not yet) high-risk does not answer. */
function deployerQuestions(): string[] {
  const section = euAiActPack.sections.find((candidate) => candidate.id === 'eu-deployer-duties');
  return (section?.questions ?? []).map((question) => question.id).filter((id) => id !== 'eu-ai-literacy');
}
