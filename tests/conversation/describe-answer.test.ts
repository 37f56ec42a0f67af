import { describe, expect, it } from 'vitest';
import { describeAnswer } from '../../src/conversation/describe-answer.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { pilotQuestion } from '../machines/fixture-questions.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';

describe('describeAnswer', () => {
  it.each<[string, AnswerValue, string]>([
    ['autonomy', 4, 'Likely (4)'],
    ['maturity-level', 0, 'None (0)'],
    ['data-sources', ['images-video', 'text'], 'Images and video, Text'],
    ['data-sources', [], 'None'],
    ['uses-biometrics', { unsure: true }, "I don't know"],
    ['uses-biometrics', 'yes', 'Yes'],
    ['face-watchlist', 'local', 'Local watchlist'],
    ['review-staff', 12, '12 officers'],
    ['budget-share', 12.5, '12.5%'],
    ['oversight-notes', 'Weekly audits', 'Weekly audits'],
  ])('describes %s = %j as %j', (id, value, text) => {
    expect(describeAnswer(pilotQuestionnaire, pilotQuestion(id), value)).toBe(text);
  });
});
