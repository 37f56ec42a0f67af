import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { visibleQuestions } from '../../src/questionnaires/visible-questions.ts';

const registry = createDefaultQuestionnaireRegistry();

function definition(version: string): Questionnaire {
  const found = registry.get('risk', version);
  if (found === undefined) throw new Error(`risk v${version} is not installed`);
  return found;
}

function answers(values: Record<string, AnswerValue>): Answers {
  return Object.fromEntries(
    Object.entries(values).map(([id, value]) => [id, { value, answeredAt: '2026-12-01T10:00:00.000Z' }]),
  );
}

const shownIds = (version: string, values: Record<string, AnswerValue>) =>
  visibleQuestions(definition(version), answers(values)).map(({ question }) => question.id);

const biometricRisks = [
  'disproportionate-biometric-surveillance-applies',
  'biometric-misidentification-applies',
];

describe('risk questionnaire version 2', () => {
  it('keeps the same risks and question ids as v1, kept apart', () => {
    const ids = (version: string) =>
      definition(version).sections.flatMap((section) => section.questions.map((question) => question.id));
    expect(ids('2')).toEqual(ids('1'));
    const risks = (version: string) => {
      const { scoring } = definition(version);
      return scoring.kind === 'risk' ? scoring.risks.map((risk) => risk.id) : [];
    };
    expect(risks('2')).toEqual(risks('1'));
  });

  it('offers a pilot or trial stage before deployment', () => {
    const stage = definition('2').sections[0]?.questions.find(
      (question) => question.id === 'lifecycle-stage',
    );
    const values = stage?.kind === 'single' ? stage.options.map((option) => option.value) : [];
    expect(values.indexOf('pilot')).toBe(values.indexOf('deployment') - 1);
  });

  it('does not ask about biometric processing again when the data types already say biometric', () => {
    const shown = shownIds('2', { 'data-types': ['biometric', 'images-video'] });
    expect(shown).not.toContain('processes-biometric');
    for (const risk of biometricRisks) expect(shown).toContain(risk);
    // Version 1 asked it every time.
    expect(shownIds('1', { 'data-types': ['biometric', 'images-video'] })).toContain('processes-biometric');
  });

  it('asks it when images or audio leave it open, and includes the biometric risks on yes or unsure', () => {
    expect(shownIds('2', { 'data-types': ['images-video'] })).toContain('processes-biometric');
    expect(shownIds('2', { 'data-types': ['audio-speech'] })).toContain('processes-biometric');
    for (const answer of ['yes', { unsure: true as const }]) {
      const shown = shownIds('2', { 'data-types': ['images-video'], 'processes-biometric': answer });
      for (const risk of biometricRisks) expect(shown).toContain(risk);
    }
    const declined = shownIds('2', { 'data-types': ['images-video'], 'processes-biometric': 'no' });
    for (const risk of biometricRisks) expect(declined).not.toContain(risk);
  });

  it('neither asks it nor shows biometric risks for a system that uses only text and records', () => {
    const shown = shownIds('2', { 'data-types': ['text-documents', 'criminal-records'] });
    expect(shown).not.toContain('processes-biometric');
    for (const risk of biometricRisks) expect(shown).not.toContain(risk);
  });
});
