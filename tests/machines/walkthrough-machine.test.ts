import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { smallRiskQuestionnaire } from './fixtures/small-risk-questionnaire.ts';
import { at, run, start, submit } from './walkthrough-driver.ts';

const machine = createWalkthroughMachine(pilotQuestionnaire);
const small = createWalkthroughMachine(smallRiskQuestionnaire);
const actor = { id: 'officer-7', channel: 'web' };

describe('createWalkthroughMachine', () => {
  it('starts in intro with an empty context naming the questionnaire', () => {
    const [snapshot, actions] = initialTransition(machine);
    expect(snapshot.value).toBe('intro');
    expect(actions).toEqual([]);
    expect(snapshot.context).toEqual({
      questionnaireId: 'pilot',
      version: '1.0',
      answers: {},
      currentQuestionId: null,
      returnToReview: false,
      error: null,
      pendingProposal: null,
      explainedQuestionId: null,
      resumeQuestionId: null,
      pendingChange: null,
      notes: {},
      startedAt: null,
      completedAt: null,
    });
  });

  it('asks the first visible question on walkthrough.start and records when', () => {
    const snapshot = run(machine, [start]);
    expect(snapshot.value).toBe('asking');
    expect(snapshot.context.currentQuestionId).toBe('uses-biometrics');
    expect(snapshot.context.startedAt).toBe(at);
  });

  it('records a valid answer with its time and actor, then moves to the next visible question', () => {
    const snapshot = run(machine, [start, { type: 'answer.submit', value: 'no', at, by: actor }]);
    expect(snapshot.context.answers['uses-biometrics']).toEqual({
      value: 'no',
      answeredAt: at,
      answeredBy: actor,
    });
    expect(snapshot.context.currentQuestionId).toBe('data-sources');
  });

  it('stays on the question with an invalid-answer error saying what is expected', () => {
    const snapshot = run(machine, [start, submit('maybe')]);
    expect(snapshot.value).toBe('asking');
    expect(snapshot.context.currentQuestionId).toBe('uses-biometrics');
    expect(snapshot.context.answers).toEqual({});
    expect(snapshot.context.error).toEqual({
      code: 'invalid-answer',
      questionId: 'uses-biometrics',
      message: 'Please choose one of: 1 Yes, 2 No, or say "I don\'t know"',
    });
  });

  it('states the range of a number question and clears the error on the next valid event', () => {
    const toStaff = [start, submit('no'), submit([]), submit(5)];
    const wrong = run(machine, [...toStaff, submit(3.5)]);
    expect(wrong.context.currentQuestionId).toBe('review-staff');
    expect(wrong.context.error?.message).toBe(
      'Please enter a whole number between 0 and 100 (officers), or say "I don\'t know"',
    );
    const fixed = run(machine, [submit(12)], wrong);
    expect(fixed.context.error).toBeNull();
    expect(fixed.context.answers['review-staff']?.value).toBe(12);
  });

  it('skips an optional question without answering it', () => {
    const snapshot = run(machine, [start, submit('no'), { type: 'nav.skip' }]);
    expect(snapshot.context.currentQuestionId).toBe('autonomy');
    expect(snapshot.context.answers['data-sources']).toBeUndefined();
  });

  it('refuses to skip a required question, saying it is required', () => {
    const snapshot = run(machine, [start, { type: 'nav.skip' }]);
    expect(snapshot.context.currentQuestionId).toBe('uses-biometrics');
    expect(snapshot.context.error?.code).toBe('required');
    expect(snapshot.context.error?.message).toMatch(
      /^This question is required.*Please choose one of: 1 Yes, 2 No/,
    );
  });

  it('goes back to the previous visible question, and from the first one to intro', () => {
    const back = run(machine, [start, submit('no'), { type: 'nav.back' }]);
    expect(back.context.currentQuestionId).toBe('uses-biometrics');
    expect(back.context.answers['uses-biometrics']?.value).toBe('no');
    const intro = run(machine, [{ type: 'nav.back' }], back);
    expect(intro.value).toBe('intro');
    expect(intro.context.currentQuestionId).toBeNull();
    const again = run(machine, [{ ...start, at: '2026-02-01T00:00:00.000Z' }], intro);
    expect(again.context.startedAt).toBe(at);
    expect(again.context.answers['uses-biometrics']?.value).toBe('no');
  });

  it('goes to a visible question, and refuses unknown or hidden ones', () => {
    const asking = run(machine, [start, submit('no')]);
    expect(
      run(machine, [{ type: 'nav.goto', questionId: 'autonomy' }], asking).context.currentQuestionId,
    ).toBe('autonomy');
    const unknown = run(machine, [{ type: 'nav.goto', questionId: 'nothing-here' }], asking);
    expect(unknown.context.error).toMatchObject({ code: 'unknown-question', questionId: 'nothing-here' });
    expect(unknown.context.currentQuestionId).toBe('data-sources');
    const hidden = run(machine, [{ type: 'nav.goto', questionId: 'biometric-kinds' }], asking);
    expect(hidden.context.error).toMatchObject({ code: 'hidden-question', questionId: 'biometric-kinds' });
  });

  it('records which question was explained and changes nothing else', () => {
    const asking = run(machine, [start, submit('maybe')]);
    const explained = run(machine, [{ type: 'explain.request' }], asking);
    expect(explained.value).toBe('asking');
    expect(explained.context).toEqual({
      ...asking.context,
      explainedQuestionId: 'uses-biometrics',
      error: null,
    });
  });

  it('opens review at any time and goes back from review to the question it was opened from', () => {
    const review = run(machine, [start, submit('no'), { type: 'review.open' }]);
    expect(review.value).toBe('review');
    expect(review.context.currentQuestionId).toBeNull();
    expect(review.context.resumeQuestionId).toBe('data-sources');
    const back = run(machine, [{ type: 'nav.back' }], review);
    expect(back.value).toBe('asking');
    expect(back.context.currentQuestionId).toBe('data-sources');
  });

  it('moves to review after the last visible question', () => {
    const snapshot = run(small, [start, submit('no')]);
    expect(snapshot.value).toBe('review');
    expect(snapshot.context.currentQuestionId).toBeNull();
  });

  it('blocks submitting while required answers are missing, listing them', () => {
    const review = run(small, [start, submit('yes'), submit(3), { type: 'review.open' }]);
    const blocked = run(small, [{ type: 'assessment.submit', at }], review);
    expect(blocked.value).toBe('review');
    expect(blocked.context.error).toMatchObject({
      code: 'incomplete',
      missing: ['severity', 'mitigation'],
      message: '2 required questions are still unanswered; please answer before submitting.',
    });
  });

  it('completes, reopens to review and restarts from scratch', () => {
    const review = run(small, [start, submit('no')]);
    const completed = run(small, [{ type: 'assessment.submit', at: '2026-01-02T00:00:00.000Z' }], review);
    expect(completed.value).toBe('completed');
    expect(completed.context.completedAt).toBe('2026-01-02T00:00:00.000Z');
    const reopened = run(small, [{ type: 'assessment.reopen' }], completed);
    expect(reopened.value).toBe('review');
    expect(reopened.context.completedAt).toBeNull();
    expect(reopened.context.answers.applies?.value).toBe('no');
    const restarted = run(small, [{ type: 'assessment.restart' }], completed);
    expect(restarted.value).toBe('intro');
    expect(restarted.context).toEqual(initialTransition(small)[0].context);
  });

  it('ignores events that do not apply in the current state', () => {
    const [intro] = initialTransition(machine);
    for (const event of [
      submit('yes'),
      { type: 'assessment.submit', at } as const,
      { type: 'nav.back' } as const,
    ]) {
      const [next, actions] = transition(machine, intro, event);
      expect(next.value).toBe('intro');
      expect(next.context).toEqual(intro.context);
      expect(actions).toEqual([]);
    }
  });
});

describe('answer proposals', () => {
  const asking = run(machine, [start]);

  it('keeps a proposed answer pending without recording it', () => {
    const proposed = run(machine, [{ type: 'answer.propose', value: 'yes', at }], asking);
    expect(proposed.context.pendingProposal).toEqual({ questionId: 'uses-biometrics', value: 'yes' });
    expect(proposed.context.answers).toEqual({});
    expect(proposed.context.currentQuestionId).toBe('uses-biometrics');
  });

  it('records a confirmed proposal as proposed by a model and confirmed by a person', () => {
    const confirmed = run(
      machine,
      [
        { type: 'answer.propose', value: 'yes', at },
        { type: 'proposal.confirm', at: '2026-01-01T09:05:00.000Z', by: actor },
      ],
      asking,
    );
    expect(confirmed.context.answers['uses-biometrics']).toEqual({
      value: 'yes',
      answeredAt: '2026-01-01T09:05:00.000Z',
      answeredBy: actor,
      proposedByModel: true,
    });
    expect(confirmed.context.pendingProposal).toBeNull();
    expect(confirmed.context.currentQuestionId).toBe('biometric-kinds');
  });

  it('discards a rejected proposal', () => {
    const rejected = run(
      machine,
      [{ type: 'answer.propose', value: 'yes', at }, { type: 'proposal.reject' }],
      asking,
    );
    expect(rejected.context.pendingProposal).toBeNull();
    expect(rejected.context.answers).toEqual({});
    expect(rejected.context.currentQuestionId).toBe('uses-biometrics');
  });

  it('refuses an invalid proposal and confirming or rejecting when nothing is proposed', () => {
    const invalid = run(machine, [{ type: 'answer.propose', value: 'perhaps', at }], asking);
    expect(invalid.context.error?.code).toBe('invalid-answer');
    expect(invalid.context.pendingProposal).toBeNull();
    expect(run(machine, [{ type: 'proposal.confirm', at }], asking).context.error?.code).toBe('no-proposal');
    expect(run(machine, [{ type: 'proposal.reject' }], asking).context.error?.code).toBe('no-proposal');
  });

  it('drops a pending proposal when the person answers or moves on', () => {
    const proposed = run(machine, [{ type: 'answer.propose', value: 'yes', at }], asking);
    const answered = run(machine, [submit('no')], proposed);
    expect(answered.context.answers['uses-biometrics']?.value).toBe('no');
    expect(answered.context.answers['uses-biometrics']?.proposedByModel).toBeUndefined();
    expect(answered.context.pendingProposal).toBeNull();
  });
});
