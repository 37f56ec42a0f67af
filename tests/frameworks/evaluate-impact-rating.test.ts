import { describe, expect, it } from 'vitest';
import { evaluatePack } from '../../src/frameworks/evaluate-pack.ts';
import { impactFormulaInWords, impactScore } from '../../src/frameworks/impact-score.ts';
import {
  type ImpactRatingOutcome,
  impactRatingOutcomeSchema,
} from '../../src/frameworks/pack-result-schema.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { inputOf, unsure } from './fixture-packs.ts';
import { impactRatingPack } from './impact-rating-fixture.ts';

function rate(values: Record<string, AnswerValue>, isOpen?: (questionId: string) => boolean) {
  const input = inputOf(values, isOpen === undefined ? {} : { isOpen });
  return impactRatingOutcomeSchema.parse(evaluatePack(impactRatingPack(), input).assessments[0]);
}
const impact = (outcome: ImpactRatingOutcome, id: string) => {
  const found = outcome.impacts.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no impact "${id}"`);
  return found;
};
const harmRated = (scale: number, scope: number, reversibility: number, probability: number) => ({
  'harm-identified': 'yes',
  'harm-scale': `p${scale}`,
  'harm-scope': `p${scope}`,
  'harm-reversibility': `p${reversibility}`,
  'harm-probability': `p${probability}`,
});

/**
 * Reads the formula's words as arithmetic (numbers, +, × and brackets), so the test compares what
 * the pack prints with what the code computes rather than trusting either.
 */
function computeWords(words: string, values: Readonly<Record<string, number>>): number {
  const tokens = words.match(/[a-z]+|[()+×]/g) ?? [];
  let position = 0;
  const next = () => tokens[position++];
  const factor = (): number => {
    const token = next();
    if (token === '(') {
      const value = sum();
      if (next() !== ')') throw new Error('unbalanced brackets');
      return value;
    }
    const value = token === undefined ? undefined : values[token];
    if (value === undefined) throw new Error(`unknown word "${token}" in the formula`);
    return value;
  };
  const product = (): number => {
    let value = factor();
    while (tokens[position] === '×') {
      next();
      value *= factor();
    }
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (tokens[position] === '+') {
      next();
      value += product();
    }
    return value;
  };
  const value = sum();
  if (position !== tokens.length) throw new Error('the formula has words left over');
  return value;
}

describe('impactScore', () => {
  it('computes what its formula says in words', () => {
    for (const variables of [
      { scale: 1, scope: 2, reversibility: 3, probability: 4 },
      { scale: 4, scope: 1, reversibility: 0, probability: 2 },
      { scale: 0, scope: 0, reversibility: 0, probability: 0 },
      { scale: 3, scope: 3, reversibility: 3, probability: 1 },
    ])
      expect(impactScore(variables)).toBe(computeWords(impactFormulaInWords, variables));
  });
});

describe('evaluatePack: impact rating', () => {
  it('scores a fully rated impact by the formula and gives the first priority its score reaches', () => {
    const outcome = rate(harmRated(3, 2, 1, 3));
    expect(impact(outcome, 'harm')).toEqual({
      id: 'harm',
      title: { text: 'A harm.', cites: ['method:harm'] },
      identified: 'yes',
      variables: { scale: 3, scope: 2, reversibility: 1, probability: 3 },
      score: 18,
      priority: { id: 'first', label: 'First' },
      missing: [],
    });
    expect(impact(rate(harmRated(3, 2, 0, 3)), 'harm').priority?.id).toBe('second');
    expect(impact(rate(harmRated(0, 0, 0, 3)), 'harm')).toMatchObject({
      score: 0,
      priority: { id: 'third' },
    });
    expect(outcome.formula.text).toContain(impactFormulaInWords);
    expect(outcome.priorityNote).toBe('A priority, not a judgment of acceptability.');
    expect(outcome.applies).toBe('yes');
  });

  it('leaves a variable answered "I don\'t know" missing, with no score and no priority', () => {
    const harm = impact(rate({ ...harmRated(3, 2, 1, 3), 'harm-scope': unsure }), 'harm');
    expect(harm).toMatchObject({
      identified: 'yes',
      variables: { scale: 3, scope: null, reversibility: 1, probability: 3 },
      score: null,
      priority: null,
      missing: ['scope'],
    });
  });

  it('lists every unanswered variable as missing while an impact may be identified', () => {
    const harm = impact(rate({}), 'harm');
    expect(harm.identified).toBe('maybe');
    expect(harm.missing).toEqual(['scale', 'scope', 'reversibility', 'probability']);
    expect(impact(rate({ 'harm-identified': unsure }), 'harm').identified).toBe('yes');
  });

  it('rates nothing for an impact ruled out, even with variables still answered from before', () => {
    const harm = impact(rate({ ...harmRated(3, 3, 3, 3), 'harm-identified': 'no' }), 'harm');
    expect(harm).toMatchObject({ identified: 'no', score: null, priority: null, missing: [] });
    expect(
      impact(
        rate({}, () => false),
        'harm',
      ),
    ).toMatchObject({ identified: 'no', missing: [] });
  });

  it('traces the identification and each variable with the answer it read', () => {
    const outcome = rate({ ...harmRated(1, 1, 1, 1), 'harm-probability': unsure });
    const harmEntries = outcome.trace.filter((entry) => entry.ref.startsWith('impact:harm:'));
    expect(harmEntries).toEqual([
      {
        ref: 'impact:harm:identified-when',
        truth: 'yes',
        read: [{ questionId: 'harm-identified', value: 'yes' }],
      },
      { ref: 'impact:harm:scale', truth: 'yes', read: [{ questionId: 'harm-scale', value: 'p1' }] },
      { ref: 'impact:harm:scope', truth: 'yes', read: [{ questionId: 'harm-scope', value: 'p1' }] },
      {
        ref: 'impact:harm:reversibility',
        truth: 'yes',
        read: [{ questionId: 'harm-reversibility', value: 'p1' }],
      },
      {
        ref: 'impact:harm:probability',
        truth: 'maybe',
        read: [{ questionId: 'harm-probability', value: unsure }],
      },
    ]);
  });
});
