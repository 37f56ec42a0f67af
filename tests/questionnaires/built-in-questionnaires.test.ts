import { describe, expect, it } from 'vitest';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import readinessJson from '../../src/questionnaires/data/readiness.v1.json' with { type: 'json' };
import riskJson from '../../src/questionnaires/data/risk.v1.json' with { type: 'json' };
import { loadQuestionnaire } from '../../src/questionnaires/load-questionnaire.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';

function builtIn(id: string): Questionnaire {
  const found = builtInQuestionnaires().find((definition) => definition.id === id);
  if (found === undefined) throw new Error(`no built-in ${id}`);
  return found;
}

const questionsOf = (definition: Questionnaire) =>
  definition.sections.flatMap((section) => section.questions);
const corePrinciples = [
  'lawfulness',
  'minimization-of-harm',
  'human-autonomy',
  'fairness',
  'good-governance',
];

describe('builtInQuestionnaires', () => {
  it('loads both shipped files through every cross-reference check', () => {
    for (const [fileName, json] of [
      ['readiness.v1.json', readinessJson],
      ['risk.v1.json', riskJson],
    ] as const) {
      const result = loadQuestionnaire(json, { fileName });
      expect(result.success ? 'ok' : result.error).toBe('ok');
    }
    expect(builtInQuestionnaires().map((definition) => `${definition.id}@${definition.version}`)).toEqual([
      'readiness@1',
      'risk@1',
      'risk@2',
      'risk@3',
    ]);
  });

  it("says in each definition that it is RAIA's rendering and replaceable", () => {
    for (const definition of builtInQuestionnaires()) {
      expect(definition.source).toMatch(/RAIA's own rendering/);
      expect(definition.source).toMatch(/replace/);
    }
  });

  it('gives readiness eight dimensions of at least four questions, each explained and tied to principles', () => {
    const readiness = builtIn('readiness');
    expect(readiness.sections).toHaveLength(8);
    expect(questionsOf(readiness).length).toBeGreaterThanOrEqual(32);
    for (const section of readiness.sections) {
      expect(section.questions.length).toBeGreaterThanOrEqual(4);
      const levels = section.recommendations.flatMap((recommendation) => recommendation.levels);
      expect(new Set(levels)).toEqual(new Set(['initial', 'developing', 'established', 'advanced']));
      for (const recommendation of section.recommendations) {
        expect(recommendation.passages.some((passage) => passage.startsWith('roadmap-'))).toBe(true);
      }
    }
    const questions = questionsOf(readiness);
    for (const question of questions) {
      expect(question.explainedBy.length, question.id).toBeGreaterThan(0);
      if (question.kind !== 'text') expect(question.principles.length, question.id).toBeGreaterThan(0);
    }
    expect(questions.some((question) => question.showIf !== undefined)).toBe(true);
    expect(
      questions.filter((question) => question.kind === 'text' && !question.required).length,
    ).toBeGreaterThan(0);
    expect(questions.filter((question) => question.allowUnsure).length).toBeGreaterThan(questions.length / 2);
    if (readiness.scoring.kind !== 'readiness') throw new Error('wrong kind');
    expect(readiness.scoring.levels.map((level) => [level.id, level.minPercent])).toEqual([
      ['initial', 0],
      ['developing', 25],
      ['established', 50],
      ['advanced', 75],
    ]);
  });

  it('gives risk a system profile, at least twelve risks over the five core principles, and conditional risks', () => {
    const risk = builtIn('risk');
    if (risk.scoring.kind !== 'risk') throw new Error('wrong kind');
    expect(risk.sections[0]?.title).toBe('System profile');
    expect(risk.sections.slice(1).map((section) => section.id)).toEqual(corePrinciples);
    expect(questionsOf(risk).length).toBeGreaterThanOrEqual(45);
    expect(risk.scoring.risks.length).toBeGreaterThanOrEqual(12);
    expect(risk.scoring.levels.map((level) => level.id)).toEqual(['low', 'medium', 'high', 'very-high']);
    const byId = new Map(questionsOf(risk).map((question) => [question.id, question]));
    const conditionOf = (riskId: string) => {
      const item =
        risk.scoring.kind === 'risk'
          ? risk.scoring.risks.find((candidate) => candidate.id === riskId)
          : undefined;
      return JSON.stringify(byId.get(item?.applicability ?? '')?.showIf);
    };
    expect(conditionOf('biometric-misidentification')).toContain('processes-biometric');
    expect(conditionOf('harm-to-vulnerable-people')).toContain('children-vulnerable');
    expect(conditionOf('fabricated-content')).toContain('content-generation');
    for (const item of risk.scoring.risks) {
      expect(byId.get(item.applicability ?? '')?.allowUnsure, item.id).toBe(true);
      expect(item.actions.length, item.id).toBeGreaterThan(0);
      expect(
        item.actions.every((action) => action.passages.length > 0),
        item.id,
      ).toBe(true);
      const mitigation = byId.get(item.mitigation);
      expect(mitigation?.kind, item.id).toBe('single');
      if (mitigation?.kind !== 'single') continue;
      expect(mitigation.options.map((option) => option.levelReduction)).toEqual([0, 0, 1, 2]);
    }
  });
});
