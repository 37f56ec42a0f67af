import { describe, expect, it } from 'vitest';
import { evaluatePack } from '../../src/frameworks/evaluate-pack.ts';
import type { PackInput } from '../../src/frameworks/pack-input.ts';
import {
  packResultSchema,
  type ScreeningOutcome,
  screeningOutcomeSchema,
} from '../../src/frameworks/pack-result-schema.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { fixturePack, inputOf, realTimeSystem, unsure } from './fixture-packs.ts';

function screen(values: Record<string, AnswerValue>, extra: Partial<PackInput> = {}): ScreeningOutcome {
  const result = evaluatePack(fixturePack(), inputOf(values, extra));
  expect(packResultSchema.parse(result)).toEqual(result);
  return screeningOutcomeSchema.parse(result.assessments[0]);
}

const everyRequirement = { authorisation: 'granted', 'impact-assessment-done': 'yes', registered: 'yes' };

describe('evaluatePack: screening', () => {
  it('is "prohibited" for real-time identification in public for a purpose none of the three', () => {
    const outcome = screen({ ...realTimeSystem('other'), ...everyRequirement });
    expect(outcome.outcome).toEqual({ id: 'prohibited', label: 'Prohibited' });
    expect(outcome.fired.map((rule) => rule.ruleId)).toEqual(['other-purpose']);
    expect(outcome.fired[0]?.statement.cites).toEqual(['act:5(1)(h)']);
    expect(outcome.conditions).toEqual([]);
    expect(outcome.openQuestions).toEqual([]);
  });

  it('lists each requirement of "allowed only under conditions" as met, missing or unknown', () => {
    const outcome = screen({
      ...realTimeSystem('suspect'),
      authorisation: 'none',
      'impact-assessment-done': 'yes',
    });
    expect(outcome.outcome?.id).toBe('conditional');
    expect(outcome.conditions.map(({ id, status }) => [id, status])).toEqual([
      ['prior-authorisation', 'missing'],
      ['impact-assessment', 'met'],
      ['registration', 'unknown'],
    ]);
    expect(outcome.conditions[0]?.requirement).toEqual({
      text: 'Each use is authorised.',
      cites: ['act:5(3)'],
    });
  });

  it('counts "I don\'t know" as an answer: a requirement answered so stays unknown, not missing', () => {
    const outcome = screen({ ...realTimeSystem('suspect'), ...everyRequirement, registered: unsure });
    expect(outcome.conditions.map(({ status }) => status)).toEqual(['met', 'met', 'unknown']);
  });

  it('is "not concerned" when no rule holds and none can still hold', () => {
    const outcome = screen({
      biometric: 'no',
      'real-time': 'no',
      'public-space': 'no',
      purpose: 'other',
      'predicts-crime': 'no',
    });
    expect(outcome.outcome?.id).toBe('not-concerned');
    expect(outcome.fired).toEqual([]);
    expect(outcome.conditions).toEqual([]);
  });

  it('leaves the outcome open while a rule could still hold, naming the answers that would decide it', () => {
    const outcome = screen({
      biometric: 'yes',
      'real-time': 'yes',
      purpose: 'suspect',
      'predicts-crime': 'no',
    });
    expect(outcome.outcome).toBeNull();
    expect(outcome.fired).toEqual([]);
    expect(outcome.conditions).toEqual([]);
    expect(outcome.openQuestions).toEqual(['public-space']);
  });

  it('leaves the outcome open while a rule of a more severe outcome could still hold', () => {
    const outcome = screen({ ...realTimeSystem('suspect'), 'predicts-crime': 'yes', ...everyRequirement });
    expect(outcome.outcome).toBeNull();
    // The rule that holds is still reported; only the outcome waits.
    expect(outcome.fired.map((rule) => rule.ruleId)).toEqual(['listed-purpose']);
    expect(outcome.openQuestions).toEqual(['profiling-only']);
    const decided = screen({ ...realTimeSystem('suspect'), 'predicts-crime': 'yes', 'profiling-only': 'no' });
    expect(decided.outcome?.id).toBe('conditional');
  });

  it('decides on the most severe outcome among the rules that hold, listing them most severe first', () => {
    const outcome = screen({
      ...realTimeSystem('suspect'),
      'predicts-crime': 'yes',
      'profiling-only': 'yes',
    });
    expect(outcome.outcome?.id).toBe('prohibited');
    expect(outcome.fired.map((rule) => [rule.ruleId, rule.outcome])).toEqual([
      ['profiling-only-prediction', 'prohibited'],
      ['listed-purpose', 'conditional'],
    ]);
    // The deciding outcome is "prohibited", which requires nothing.
    expect(outcome.conditions).toEqual([]);
  });

  it('does not open a decided outcome for a rule of a less severe outcome still open', () => {
    const outcome = screen({ 'predicts-crime': 'yes', 'profiling-only': 'yes' });
    expect(outcome.outcome?.id).toBe('prohibited');
    expect(outcome.openQuestions).toEqual([]);
  });

  it('reads questions that can no longer be answered as unanswered when told so', () => {
    const values = { biometric: 'yes', 'real-time': 'yes', purpose: 'suspect', 'predicts-crime': 'no' };
    const outcome = screen(values, { isOpen: (questionId) => questionId !== 'public-space' });
    expect(outcome.outcome?.id).toBe('not-concerned');
  });

  it('traces every rule and requirement with its truth and the answers it read', () => {
    const outcome = screen({ ...realTimeSystem('suspect'), authorisation: 'none' });
    expect(outcome.trace.map(({ ref, truth }) => [ref, truth])).toEqual([
      ['rule:other-purpose', 'no'],
      ['rule:listed-purpose', 'yes'],
      ['rule:profiling-only-prediction', 'no'],
      ['condition:prior-authorisation:met-when', 'no'],
      ['condition:prior-authorisation:missing-when', 'yes'],
      ['condition:impact-assessment:met-when', 'maybe'],
      ['condition:impact-assessment:missing-when', 'maybe'],
      ['condition:registration:met-when', 'maybe'],
      ['condition:registration:missing-when', 'maybe'],
    ]);
    expect(outcome.trace[1]?.read).toEqual([
      { questionId: 'biometric', value: 'yes' },
      { questionId: 'real-time', value: 'yes' },
      { questionId: 'public-space', value: 'yes' },
      { questionId: 'purpose', value: 'suspect' },
    ]);
    expect(outcome.trace[2]?.read).toEqual([
      { questionId: 'predicts-crime', value: 'no' },
      { questionId: 'profiling-only', value: null },
    ]);
  });

  it('names the pack and its version in the result', () => {
    const result = evaluatePack(fixturePack(), inputOf({}));
    expect([result.packId, result.version, result.asOf]).toEqual(['fixture-act', '1', '2026-06-01']);
    expect(result.assessments.map((assessment) => assessment.kind)).toEqual([
      'screening',
      'checklist',
      'document',
    ]);
  });

  it('refuses a pack whose rule names an outcome the screening does not list', () => {
    const pack = fixturePack();
    const screening = pack.assessments[0];
    if (screening?.kind !== 'screening') throw new Error('fixture changed');
    screening.rules[0] = { ...screening.rules[0]!, outcome: 'banned' };
    expect(() => evaluatePack(pack, inputOf({}))).toThrow('names an outcome its screening does not list');
  });
});
