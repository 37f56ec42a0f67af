import { describe, expect, it } from 'vitest';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { run, start, submit } from './walkthrough-driver.ts';

const machine = createWalkthroughMachine(pilotQuestionnaire);
const back = { type: 'nav.back' } as const;
const nextUnanswered = { type: 'nav.next-unanswered' } as const;

describe('createWalkthroughMachine: back to where I was', () => {
  it('returns from a review opened early to the question the user left (it jumped to the last one)', () => {
    const review = run(machine, [start, submit('no'), { type: 'review.open' }]);
    expect(review.value).toBe('review');
    const returned = run(machine, [back], review);
    expect(returned.value).toBe('asking');
    expect(returned.context.currentQuestionId).toBe('data-sources');
  });

  it('still returns there after changing another answer from the review', () => {
    const review = run(machine, [start, submit('no'), submit(['audio']), { type: 'review.open' }]);
    const edited = run(
      machine,
      [{ type: 'review.edit', questionId: 'data-sources' }, submit(['text']), back],
      review,
    );
    expect(edited.context.currentQuestionId).toBe('autonomy');
  });

  it('returns to the last question when the review came after it', () => {
    const review = run(machine, [start, submit('no'), { type: 'review.open' }, back]);
    const walked = run(
      machine,
      [submit([]), submit(1), submit(1), { type: 'nav.skip' }, submit('Weekly'), submit('yes')],
      review,
    );
    expect(walked.value).toBe('review');
    expect(run(machine, [back], walked).context.currentQuestionId).toBe('final-check');
  });

  it('goes to the last question when the place it left no longer applies', () => {
    const review = run(machine, [
      start,
      submit('yes'),
      submit(['face']),
      { type: 'review.open' },
      { type: 'review.edit', questionId: 'biometric-kinds' },
      submit(['voice']),
    ]);
    expect(review.value).toBe('review');
    // face-watchlist, where the user was, is hidden now that faces are not chosen.
    expect(run(machine, [back], review).context.currentQuestionId).toBe('final-check');
  });
});

describe('createWalkthroughMachine: next unanswered question', () => {
  it('goes from an answered question to the first unanswered one after it', () => {
    const asking = run(machine, [start, submit('no'), submit(['audio']), submit(2), back, back]);
    expect(asking.context.currentQuestionId).toBe('data-sources');
    const next = run(machine, [nextUnanswered], asking);
    expect(next.context.currentQuestionId).toBe('maturity-level');
    expect(next.context.error).toBeNull();
  });

  it('wraps to an earlier unanswered question, and goes to review once everything is answered', () => {
    const jumped = run(machine, [start, { type: 'nav.goto', questionId: 'final-check' }, submit('yes')]);
    expect(jumped.value).toBe('review');
    const back = run(machine, [{ type: 'nav.goto', questionId: 'final-check' }, nextUnanswered], jumped);
    expect(back.context.currentQuestionId).toBe('uses-biometrics');
    const small = run(machine, [start, submit('no'), submit([]), submit(1), submit(3), submit(1)]);
    const done = run(
      machine,
      [submit('Audits'), submit('yes'), { type: 'nav.goto', questionId: 'autonomy' }],
      small,
    );
    expect(run(machine, [nextUnanswered], done).value).toBe('review');
  });

  it('from review goes to the first unanswered question and walks on from there', () => {
    const review = run(machine, [start, submit('no'), { type: 'review.open' }]);
    const next = run(machine, [nextUnanswered], review);
    expect(next.value).toBe('asking');
    expect(next.context.currentQuestionId).toBe('data-sources');
    expect(next.context.returnToReview).toBe(false);
  });
});
