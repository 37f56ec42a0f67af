import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { validateAnswer } from '../../src/questionnaires/validate-answer.ts';
import { pilotQuestion } from '../machines/fixture-questions.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';
import { smallRiskQuestionnaire } from '../machines/fixtures/small-risk-questionnaire.ts';

const check = (id: string, value: AnswerValue) =>
  validateAnswer(pilotQuestionnaire, pilotQuestion(id), value);

describe('validateAnswer', () => {
  it.each<[string, AnswerValue, AnswerValue]>([
    ['uses-biometrics', 'yes', 'yes'],
    ['uses-biometrics', { unsure: true }, { unsure: true }],
    ['face-watchlist', 'none-yet', 'none-yet'],
    ['biometric-kinds', ['gait', 'face'], ['face', 'gait']],
    ['data-sources', [], []],
    ['autonomy', 5, 5],
    ['maturity-level', 0, 0],
    ['review-staff', 0, 0],
    ['review-staff', 100, 100],
    ['budget-share', 12.5, 12.5],
    ['oversight-notes', '  Weekly audits \n', 'Weekly audits'],
    ['oversight-notes', 'x'.repeat(2000), 'x'.repeat(2000)],
  ])('accepts %s = %j as %j', (id, value, accepted) => {
    expect(check(id, value)).toEqual({ success: true, value: accepted });
  });

  it.each<[string, AnswerValue]>([
    ['uses-biometrics', 'maybe'],
    ['uses-biometrics', 1],
    ['uses-biometrics', ['yes']],
    ['final-check', { unsure: true }],
    ['face-watchlist', 'face'],
    ['biometric-kinds', []],
    ['biometric-kinds', ['face', 'face']],
    ['biometric-kinds', ['face', 'sound']],
    ['biometric-kinds', 'face'],
    ['autonomy', 6],
    ['autonomy', '4'],
    ['maturity-level', 4],
    ['review-staff', 3.5],
    ['review-staff', -1],
    ['review-staff', 101],
    ['review-staff', Number.NaN],
    ['review-staff', Number.POSITIVE_INFINITY],
    ['budget-share', '12'],
    ['oversight-notes', '   '],
    ['oversight-notes', 'x'.repeat(2001)],
    ['oversight-notes', 42],
  ])('refuses %s = %j', (id, value) => {
    expect(check(id, value).success).toBe(false);
  });

  it('says what is expected for every kind', () => {
    const expected = (id: string, value: AnswerValue) => {
      const result = check(id, value);
      return result.success ? null : result.expected;
    };
    expect(expected('final-check', 'maybe')).toBe('Please choose one of: 1 Yes, 2 No');
    expect(expected('biometric-kinds', [])).toBe(
      'Please choose one or more of: 1 Face images, 2 Voice recordings, 3 Fingerprints, 4 Gait (for example "1, 3")',
    );
    expect(expected('data-sources', 'x')).toContain('or "none"');
    expect(expected('autonomy', 9)).toBe(
      'Please choose one of: 1 Very unlikely, 2 Unlikely, 3 Possible, 4 Likely, 5 Very likely',
    );
    expect(expected('review-staff', 3.5)).toBe(
      'Please enter a whole number between 0 and 100 (officers), or say "I don\'t know"',
    );
    expect(expected('budget-share', -1)).toBe('Please enter a number between 0 and 100 (%)');
    expect(expected('oversight-notes', '')).toBe('Please write an answer of up to 2,000 characters');
  });

  it('gives a yes-no question without options the default yes and no', () => {
    const applies = smallRiskQuestionnaire.sections[0]?.questions[0];
    if (applies === undefined) throw new Error('fixture changed');
    expect(validateAnswer(smallRiskQuestionnaire, applies, 'no')).toEqual({ success: true, value: 'no' });
    expect(validateAnswer(smallRiskQuestionnaire, applies, 'perhaps').success).toBe(false);
  });
});
