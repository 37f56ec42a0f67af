import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaires/answers.ts';
import { evaluateCondition } from '../../src/questionnaires/evaluate-condition.ts';

const at = '2026-01-01T00:00:00.000Z';
const answers: Answers = {
  biometric: { value: 'yes', answeredAt: at },
  data: { value: ['images', 'text'], answeredAt: at },
  autonomy: { value: 3, answeredAt: at },
  unknown: { value: { unsure: true }, answeredAt: at },
};

describe('evaluateCondition', () => {
  it('tests equality, membership, inclusion and thresholds', () => {
    expect(evaluateCondition({ question: 'biometric', equals: 'yes' }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'biometric', equals: 'no' }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'autonomy', in: [2, 3] }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'data', includes: 'images' }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'data', includes: 'audio' }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'autonomy', atLeast: 4 }, answers)).toBe(false);
  });

  it('treats unanswered and unsure answers as meeting no value test', () => {
    expect(evaluateCondition({ question: 'missing', equals: 'yes' }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'unknown', equals: 'yes' }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'unknown', answered: true }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'missing', answered: false }, answers)).toBe(true);
  });

  it('combines conditions with all, any and not', () => {
    const both = {
      all: [
        { question: 'biometric', equals: 'yes' },
        { question: 'autonomy', atLeast: 3 },
      ],
    };
    expect(evaluateCondition(both, answers)).toBe(true);
    expect(evaluateCondition({ not: both }, answers)).toBe(false);
    expect(
      evaluateCondition(
        {
          any: [
            { question: 'missing', answered: true },
            { question: 'biometric', equals: 'no' },
          ],
        },
        answers,
      ),
    ).toBe(false);
  });
});
