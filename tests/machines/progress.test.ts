import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import {
  currentQuestion,
  describeAnswer,
  questionView,
  walkthroughProgress,
} from '../../src/machines/progress.ts';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { pilotQuestion } from './fixture-questions.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { run, start, submit } from './walkthrough-driver.ts';

const machine = createWalkthroughMachine(pilotQuestionnaire);

describe('walkthroughProgress', () => {
  it('counts visible questions only and names the first section before the start', () => {
    const [intro] = initialTransition(machine);
    expect(walkthroughProgress(pilotQuestionnaire, intro.context)).toEqual({
      questionnaireId: 'pilot',
      answered: 0,
      // review-staff shows while uses-biometrics is unanswered (a negated `answered` test).
      total: 8,
      section: { id: 'system', title: 'The system', index: 0, count: 3 },
    });
  });

  it("follows the current question's section as answers reveal questions", () => {
    const snapshot = run(machine, [start, submit('yes'), submit(['voice']), submit([])]);
    expect(walkthroughProgress(pilotQuestionnaire, snapshot.context)).toEqual({
      questionnaireId: 'pilot',
      answered: 3,
      total: 8,
      section: { id: 'oversight', title: 'Oversight', index: 1, count: 3 },
    });
  });

  it('names the last section once the questions are done', () => {
    const review = run(machine, [start, submit('no'), { type: 'review.open' }]);
    expect(walkthroughProgress(pilotQuestionnaire, review.context).section).toMatchObject({
      id: 'closing',
      index: 2,
    });
  });
});

describe('currentQuestion', () => {
  it('gives the question being asked with its section and position, and null outside asking', () => {
    const asking = run(machine, [start, submit('no')]);
    const shown = currentQuestion(pilotQuestionnaire, asking.context);
    expect(shown?.question.id).toBe('data-sources');
    expect(shown?.section.id).toBe('system');
    expect(shown?.index).toBe(1);
    expect(currentQuestion(pilotQuestionnaire, initialTransition(machine)[0].context)).toBeNull();
  });
});

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
    });
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
