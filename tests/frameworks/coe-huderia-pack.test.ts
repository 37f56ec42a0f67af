import { describe, expect, it } from 'vitest';
import coeHuderiaV1Json from '../../src/frameworks/data/coe-huderia.v1.json' with { type: 'json' };
import { evaluatePack } from '../../src/frameworks/evaluate-pack.ts';
import { loadFrameworkPack } from '../../src/frameworks/load-framework-pack.ts';
import type {
  ChecklistOutcome,
  DocumentOutcome,
  ImpactRatingOutcome,
  PackResult,
  ScreeningOutcome,
} from '../../src/frameworks/pack-result-schema.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import { huderiaAnswers, huderiaInput, huderiaPack, riskWithHuderia } from './huderia-walkthrough.ts';

type Values = Readonly<Record<string, AnswerValue>>;
const unsure = { unsure: true } as const;

/** Searching recorded footage for suspects' faces, as the risk questionnaire's profile describes it. */
const faceSearchProfile: Values = {
  'system-name': 'Retrospective facial image search',
  'system-purpose': 'investigation-support',
  'lifecycle-stage': 'procurement',
  sourcing: 'procured',
  'data-types': ['biometric', 'images-video'],
  'affected-groups': ['suspects', 'general-public'],
  autonomy: 'recommends',
};
const noZeroQuestion: Values = {
  'coe-zero-forbidden-use': 'no',
  'coe-zero-protected-traits': 'no',
  'coe-zero-democratic-life': 'no',
  'coe-zero-no-human-control': 'no',
};
const noImpactBut = (...identified: string[]): Values =>
  Object.fromEntries(
    ['privacy', 'equality', 'fair-trial', 'expression-assembly', 'liberty', 'remedy'].map((impact) => [
      `coe-${impact}-identified`,
      identified.includes(impact) ? 'yes' : 'no',
    ]),
  );
/** A full assessment: privacy rated and planned for, equality rated but for its probability, no plan for it. */
const fullAssessment: Values = {
  ...faceSearchProfile,
  ...noZeroQuestion,
  'coe-stakeholders-identified': 'yes',
  'coe-stakeholders-consulted': 'yes',
  'coe-stakeholder-views-used': 'no',
  'coe-stakeholder-summary': 'Two community panels and the bar association; main concern: wrong matches.',
  ...noImpactBut('privacy', 'equality'),
  'coe-privacy-scale': 'serious',
  'coe-privacy-scope': 'many',
  'coe-privacy-reversibility': 'hard',
  'coe-privacy-probability': 'likely',
  'coe-privacy-mitigation':
    'Delete non-matching images within 24 hours; the data protection officer checks monthly.',
  'coe-equality-scale': 'very-serious',
  'coe-equality-scope': 'group',
  'coe-equality-reversibility': 'with-effort',
  'coe-equality-probability': unsure,
  'coe-reassessment-planned': 'no',
};

function evaluated(values: Values, leaveOpen: readonly string[] = []): PackResult {
  const answers = huderiaAnswers(values, leaveOpen);
  return evaluatePack(huderiaPack, huderiaInput(answers, leaveOpen.length > 0 ? { isOpen: () => true } : {}));
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
const triage = (result: PackResult): ScreeningOutcome => assessment(result, 'screening', 'triage');
const rating = (result: PackResult): ImpactRatingOutcome =>
  assessment(result, 'impact-rating', 'impact-rating');
const plan = (result: PackResult): DocumentOutcome => assessment(result, 'document', 'mitigation-plan');
const checklist = (result: PackResult, id: string): ChecklistOutcome => assessment(result, 'checklist', id);
const impact = (result: PackResult, id: string) => rating(result).impacts.find((each) => each.id === id);

describe('the Council of Europe HUDERIA pack (coe-huderia.v1.json)', () => {
  it('validates and passes every check of the framework pack loader, against the risk questionnaire', () => {
    const loaded = loadFrameworkPack(coeHuderiaV1Json, {
      fileName: 'coe-huderia.v1.json',
      questionnaires: builtInQuestionnaires(),
    });
    expect(loaded.success ? 'valid' : loaded.error).toBe('valid');
    expect(huderiaPack.reads).toEqual(['risk']);
  });

  it('is written with named conditions, which the loaded pack no longer has', () => {
    expect(Object.keys(coeHuderiaV1Json.conditions).length).toBeGreaterThan(3);
    expect(JSON.stringify(coeHuderiaV1Json)).toContain('{"use":"triage-passed"}');
    expect(JSON.stringify(huderiaPack)).not.toContain('"use"');
    expect(huderiaPack).not.toHaveProperty('conditions');
  });

  it('asks its questions after the risk questionnaire, each under an id of its own starting with coe-', () => {
    expect(() => riskWithHuderia()).not.toThrow();
    const ids = huderiaPack.sections.flatMap((section) => section.questions.map((question) => question.id));
    expect(ids.filter((id) => !id.startsWith('coe-'))).toEqual([]);
  });

  it("cites HUDERIA as guidance and the Convention as binding, and says what is RAIA's own", () => {
    expect(huderiaPack.sources.map(({ id, binding }) => [id, binding])).toEqual([
      ['huderia', false],
      ['cets-225', true],
    ]);
    expect(huderiaPack.disclaimer).toMatch(/RAIA's own, not HUDERIA's: the wording of the zero questions/);
    expect(huderiaPack.disclaimer).toMatch(/rating scales and their points, the formula/);
    const formula = rating(evaluated(fullAssessment)).formula.text;
    expect(formula).toMatch(/^RAIA's formula, not HUDERIA's/);
  });
});

describe('evaluatePack with the HUDERIA pack', () => {
  it('stops at the triage when a zero question is answered yes, and asks nothing of the full assessment', () => {
    const result = evaluated({
      ...faceSearchProfile,
      ...noZeroQuestion,
      'coe-zero-democratic-life': 'yes',
    });
    expect(triage(result).outcome).toEqual({ id: 'stop', label: 'Stop: a zero question is answered yes' });
    expect(triage(result).fired[0]?.statement.cites).toContain('huderia:zero questions');
    expect(rating(result).applies).toBe('no');
    expect(plan(result).applies).toBe('no');
    expect(checklist(result, 'stakeholder-engagement').applies).toBe('no');
  });

  it('proceeds to the full assessment when every zero question is answered no', () => {
    const result = evaluated(fullAssessment);
    expect(triage(result).outcome?.id).toBe('proceed');
    expect(triage(result).fired.map((rule) => rule.ruleId)).toEqual(['every-zero-question-no']);
    expect(rating(result).applies).toBe('yes');
  });

  it('asks to find out first when a zero question is answered "I don\'t know"', () => {
    const result = evaluated({ ...faceSearchProfile, ...noZeroQuestion, 'coe-zero-forbidden-use': unsure });
    expect(triage(result).outcome?.id).toBe('clarify');
  });

  it('leaves the triage open while a zero question is unanswered', () => {
    const { 'coe-zero-no-human-control': _left, ...values } = noZeroQuestion;
    const result = evaluated({ ...faceSearchProfile, ...values }, ['coe-zero-no-human-control']);
    expect(triage(result).outcome).toBeNull();
    expect(triage(result).openQuestions).toEqual(['coe-zero-no-human-control']);
  });

  it('scores a fully rated impact as the formula says and labels it a priority', () => {
    const privacy = impact(evaluated(fullAssessment), 'privacy');
    // serious 3, many people 3, hard to undo 3, likely 3: (3 + 3 + 3) × 3.
    expect(privacy).toMatchObject({
      identified: 'yes',
      variables: { scale: 3, scope: 3, reversibility: 3, probability: 3 },
      score: 27,
      priority: { id: 'priority-2', label: 'Priority 2: mitigate next' },
      missing: [],
    });
    expect(rating(evaluated(fullAssessment)).priorityNote).toMatch(
      /not a judgment that an impact is acceptable/,
    );
  });

  it('leaves a variable answered "I don\'t know" missing, with no score and no priority', () => {
    expect(impact(evaluated(fullAssessment), 'equality')).toMatchObject({
      identified: 'yes',
      variables: { scale: 4, scope: 2, reversibility: 2, probability: null },
      score: null,
      priority: null,
      missing: ['probability'],
    });
    expect(impact(evaluated(fullAssessment), 'liberty')).toMatchObject({ identified: 'no', score: null });
  });

  it('drafts the mitigation plan for the impacts identified, marking what is unanswered missing', () => {
    const draft = plan(evaluated(fullAssessment));
    expect(draft.applies).toBe('yes');
    expect(draft.elements.map(({ id, missing }) => `${id}${missing ? ' (missing)' : ''}`)).toEqual([
      'context',
      'stakeholder-views',
      'privacy-measures',
      'equality-measures (missing)',
      'reassessment (missing)',
    ]);
    const privacy = draft.elements.find((element) => element.id === 'privacy-measures');
    expect(privacy?.entries[0]?.answer).toBe(fullAssessment['coe-privacy-mitigation']);
    expect(draft.elements[0]?.entries.map((entry) => entry.questionId)).toEqual([
      'system-name',
      'system-purpose',
      'affected-groups',
      'autonomy',
    ]);
  });

  it('checks stakeholder engagement and reassessment over the life cycle', () => {
    const result = evaluated(fullAssessment);
    expect(checklist(result, 'stakeholder-engagement').items.map(({ id, status }) => [id, status])).toEqual([
      ['stakeholders-identified', 'met'],
      ['stakeholders-consulted', 'met'],
      ['stakeholder-views-used', 'not-met'],
    ]);
    expect(checklist(result, 'life-cycle').items[0]).toMatchObject({
      id: 'reassessment-planned',
      applies: 'yes',
      status: 'not-met',
      duty: { cites: ['huderia:reassessment'] },
    });
  });
});
