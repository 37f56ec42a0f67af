import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaires/answers.ts';
import { readinessResultSchema } from '../../src/scoring/result-schema.ts';
import { scoreReadiness } from '../../src/scoring/score-readiness.ts';
import {
  answeredAt,
  answersOf,
  loaded,
  readinessFixtureInput,
  riskFixtureInput,
  unsure,
} from './fixtures.ts';

const definition = loaded(readinessFixtureInput());

function dimension(answers: Answers, sectionId: string) {
  const found = scoreReadiness(definition, answers).dimensions.find((entry) => entry.sectionId === sectionId);
  if (found === undefined) throw new Error(`no dimension ${sectionId}`);
  return found;
}

describe('scoreReadiness', () => {
  it('scores options by points and scales by value minus the lowest value (hand-computed)', () => {
    const result = scoreReadiness(
      definition,
      answersOf({ pick: 'b', gate: 'yes', depth: 3, choice: 'y', notes: 'context only' }),
    );
    const [alpha, beta] = result.dimensions;
    // alpha: pick 1 + gate 2 + depth (3 - 1) = 5 of 2 + 2 + 2 = 6; beta: 4 of 4 (optional extra skipped).
    expect([alpha?.points, alpha?.maxPoints, beta?.points, beta?.maxPoints]).toEqual([5, 6, 4, 4]);
    expect(alpha?.percent).toBeCloseTo(83.333, 3);
    expect(alpha?.level.id).toBe('high');
    // Overall: (83.33 x 1 + 100 x 3) / 4.
    expect(result.overall.percent).toBeCloseTo(95.833, 3);
    expect(result.overall.level.id).toBe('high');
    expect(alpha?.trace.map((entry) => [entry.questionId, entry.rule, entry.contribution])).toEqual([
      ['pick', 'readiness.points', 1],
      ['gate', 'readiness.points', 2],
      ['depth', 'readiness.scale', 2],
      ['notes', 'readiness.unscored', 0],
    ]);
    expect(readinessResultSchema.parse(result)).toEqual(result);
  });

  it('ignores answers to hidden questions and counts unanswered required questions as 0', () => {
    const result = scoreReadiness(definition, answersOf({ pick: 'a', gate: 'no', depth: 3, extra: 'yes' }));
    const [alpha, beta] = result.dimensions;
    expect([alpha?.points, alpha?.maxPoints]).toEqual([0, 4]);
    expect(alpha?.trace.some((entry) => entry.questionId === 'depth')).toBe(false);
    // beta: choice unanswered (0 of 4) + extra yes (1 of 1) = 1 of 5 = 20 %.
    expect([beta?.points, beta?.maxPoints, beta?.percent, beta?.level.id]).toEqual([1, 5, 20, 'low']);
    expect(result.overall.percent).toBe(15);
    expect(result.openItems).toEqual([
      { questionId: 'choice', sectionId: 'beta', prompt: 'Choose', reason: 'unanswered' },
    ]);
    expect(result.weakestDimensions).toEqual(['alpha', 'beta']);
    expect(result.nextSteps.map((step) => [step.sectionId, step.levelId, step.text, step.passages])).toEqual([
      ['alpha', 'low', 'Alpha low step', ['roadmap-overview']],
      ['beta', 'low', 'Beta step', ['roadmap-people-and-skills']],
    ]);
  });

  it('includes the lower band edge exactly as declared, in percent and in points', () => {
    // 4 of 5 = exactly 80 %: the lower edge of "high".
    const beta = dimension(answersOf({ choice: 'y', extra: 'no' }), 'beta');
    expect(beta.percent).toBe(80);
    expect(beta.level).toEqual({
      id: 'high',
      label: 'High',
      fromPercent: 80,
      toPercent: 100,
      upperInclusive: true,
      fromPoints: 4,
      toPoints: 5,
    });
    expect(beta.bands.map((band) => [band.id, band.fromPoints, band.toPoints])).toEqual([
      ['low', 0, 2],
      ['mid', 2, 4],
      ['high', 4, 5],
    ]);
    // 2 of 4 = 50 %: inside "mid", whose upper edge (80) is exclusive.
    expect(dimension(answersOf({ pick: 'c', gate: 'no' }), 'alpha').level.id).toBe('mid');
  });

  it('scores "I don\'t know" with unsurePoints, counts it in the maximum and lists it as open', () => {
    const alpha = dimension(answersOf({ pick: unsure, gate: 'no' }), 'alpha');
    expect([alpha.points, alpha.maxPoints]).toEqual([0, 4]);
    expect(alpha.openItems).toEqual([expect.objectContaining({ questionId: 'pick', reason: 'unsure' })]);
    expect(alpha.counts).toMatchObject({ shown: 3, answered: 2, unsure: 1, unanswered: 1 });
    const generous = loaded({
      ...readinessFixtureInput(),
      scoring: { ...readinessFixtureInput().scoring, unsurePoints: 1 },
    });
    const result = scoreReadiness(generous, answersOf({ pick: unsure, gate: 'no' }));
    expect(result.dimensions[0]?.points).toBe(1);
  });

  it('counts an answer a model proposed and a person confirmed like any other answer', () => {
    const plain = answersOf({ pick: 'c', gate: 'yes', depth: 3, choice: 'y' });
    const proposed: Answers = {
      ...plain,
      gate: { value: 'yes', answeredAt, proposedByModel: true },
      choice: { value: 'y', answeredAt, proposedByModel: true },
    };
    // proposedByModel records provenance; unconfirmed proposals never reach the answers.
    expect(scoreReadiness(definition, proposed)).toEqual(scoreReadiness(definition, plain));
    expect(scoreReadiness(definition, proposed).dimensions[0]?.points).toBe(6);
  });

  it('treats answers that do not fit the question as invalid open items worth nothing', () => {
    const alpha = dimension(answersOf({ pick: 'zzz', gate: 7 }), 'alpha');
    expect(alpha.points).toBe(0);
    expect(alpha.openItems.map((item) => [item.questionId, item.reason])).toEqual([
      ['pick', 'invalid'],
      ['gate', 'invalid'],
    ]);
  });

  it('refuses a risk definition', () => {
    expect(() => scoreReadiness(loaded(riskFixtureInput()), {})).toThrow('not a readiness questionnaire');
  });
});
