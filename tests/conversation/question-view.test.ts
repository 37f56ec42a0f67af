import { describe, expect, it } from 'vitest';
import { questionView } from '../../src/conversation/question-view.ts';
import { pilotQuestion } from '../machines/fixture-questions.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';

describe('questionView', () => {
  it('lists scale points as numbered options', () => {
    expect(questionView(pilotQuestionnaire, pilotQuestion('maturity-level'))).toEqual({
      questionnaireId: 'pilot',
      id: 'maturity-level',
      kind: 'scale',
      prompt: 'How mature is your review process?',
      help: 'From none to optimised.',
      required: true,
      options: [
        { value: 0, label: 'None' },
        { value: 1, label: 'Basic' },
        { value: 2, label: 'Managed' },
        { value: 3, label: 'Optimised' },
      ],
      currentAnswer: null,
    });
  });

  it('carries the recorded answer so the controls can show it', () => {
    const record = { value: ['face', 'voice'], answeredAt: '2026-01-01T09:00:00.000Z' };
    expect(questionView(pilotQuestionnaire, pilotQuestion('biometric-kinds'), record).currentAnswer).toEqual([
      'face',
      'voice',
    ]);
  });

  it('lists yes-no options and none for text and number questions', () => {
    expect(questionView(pilotQuestionnaire, pilotQuestion('final-check')).options).toEqual([
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ]);
    expect(questionView(pilotQuestionnaire, pilotQuestion('review-staff')).options).toEqual([]);
    expect(questionView(pilotQuestionnaire, pilotQuestion('budget-share')).required).toBe(false);
  });
});
