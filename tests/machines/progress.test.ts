import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { currentQuestion, walkthroughProgress } from '../../src/machines/progress.ts';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { run, start, submit } from './walkthrough-driver.ts';

const machine = createWalkthroughMachine(pilotQuestionnaire);

describe('walkthroughProgress', () => {
  it('counts every question that can apply, "up to", and names the first section before the start', () => {
    const [intro] = initialTransition(machine);
    expect(walkthroughProgress(pilotQuestionnaire, intro.context)).toEqual({
      questionnaireId: 'pilot',
      answered: 0,
      // Before any answer, every conditional question can still apply.
      total: 11,
      upTo: true,
      position: null,
      section: { id: 'system', title: 'The system', index: 0, count: 3 },
    });
  });

  it("follows the current question's section as answers reveal questions", () => {
    const snapshot = run(machine, [start, submit('yes'), submit(['voice']), submit([])]);
    expect(walkthroughProgress(pilotQuestionnaire, snapshot.context)).toEqual({
      questionnaireId: 'pilot',
      answered: 3,
      // Voice only rules out the watchlist; review-staff and escalation wait on the answer to autonomy.
      total: 10,
      upTo: true,
      position: 4,
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
