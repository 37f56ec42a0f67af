import { describe, expect, it } from 'vitest';
import { walkthroughProgress } from '../../src/machines/progress.ts';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import { visibleQuestions } from '../../src/questionnaires/visible-questions.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { at, run, start, submit } from './walkthrough-driver.ts';

const machine = createWalkthroughMachine(pilotQuestionnaire);
// Changing uses-biometrics hides answered follow-ups, so the machine holds the change until confirmed.
const confirm = { type: 'change.confirm' } as const;
const shownIds = (answers: Parameters<typeof visibleQuestions>[1]) =>
  visibleQuestions(pilotQuestionnaire, answers).map(({ question }) => question.id);

describe('createWalkthroughMachine with conditional questions', () => {
  it('asks follow-up questions only when earlier answers call for them', () => {
    const yes = run(machine, [start, submit('yes')]);
    expect(yes.context.currentQuestionId).toBe('biometric-kinds');
    const faces = run(machine, [submit(['face'])], yes);
    expect(faces.context.currentQuestionId).toBe('face-watchlist');
    const voices = run(machine, [submit(['voice'])], yes);
    expect(voices.context.currentQuestionId).toBe('data-sources');
  });

  it('evaluates nested any/all/not conditions to reach or skip the escalation question', () => {
    const base = [start, submit('no'), submit(['audio'])];
    const veryLikely = run(machine, [
      ...base,
      submit(5),
      submit(40),
      submit(1),
      submit(10),
      submit('Weekly audits'),
    ]);
    expect(veryLikely.context.currentQuestionId).toBe('escalation');
    const withText = run(machine, [start, submit('no'), submit(['text']), submit(5), submit(40), submit(1)]);
    const afterNotes = run(machine, [{ type: 'nav.skip' }, submit('Weekly audits')], withText);
    expect(afterNotes.context.currentQuestionId).toBe('final-check');
  });

  it('shows a question while an earlier one is unanswered through a negated answered test', () => {
    const answers = { autonomy: { value: 1, answeredAt: at } };
    expect(shownIds(answers)).toContain('review-staff');
  });

  it('hides follow-ups when an earlier answer changes but keeps their answers out of the count', () => {
    const faces = run(machine, [start, submit('yes'), submit(['face']), submit('none-yet')]);
    // Total: the questions that can still apply (review-staff and escalation depend on answers to come).
    expect(walkthroughProgress(pilotQuestionnaire, faces.context)).toMatchObject({ answered: 3, total: 11 });
    const changed = run(
      machine,
      [{ type: 'nav.goto', questionId: 'uses-biometrics' }, submit('no'), confirm],
      faces,
    );
    expect(changed.context.currentQuestionId).toBe('data-sources');
    expect(changed.context.answers['biometric-kinds']?.value).toEqual(['face']);
    expect(changed.context.answers['face-watchlist']?.value).toBe('none-yet');
    expect(walkthroughProgress(pilotQuestionnaire, changed.context)).toMatchObject({ answered: 1, total: 9 });
  });

  // Known gap in the contract's visibleQuestions: it tests conditions against every kept answer, so the
  // hidden "national" still shows `escalation`. Drop `.fails` once it tests only answers to shown questions.
  it('lets no hidden answer make a later question appear', () => {
    const faces = run(machine, [start, submit('yes'), submit(['face']), submit('national')]);
    const changed = run(
      machine,
      [{ type: 'nav.goto', questionId: 'uses-biometrics' }, submit('no'), confirm],
      faces,
    );
    expect(shownIds(changed.context.answers)).not.toContain('escalation');
  });

  it('brings hidden answers back when the earlier answer is changed back', () => {
    const faces = run(machine, [start, submit('yes'), submit(['face']), submit('national'), submit([])]);
    const flipped = run(
      machine,
      [
        { type: 'nav.goto', questionId: 'uses-biometrics' },
        submit('no'),
        confirm,
        { type: 'nav.goto', questionId: 'uses-biometrics' },
        submit('yes'),
      ],
      faces,
    );
    expect(flipped.context.currentQuestionId).toBe('biometric-kinds');
    expect(walkthroughProgress(pilotQuestionnaire, flipped.context).answered).toBe(4);
  });
});

describe('review editing', () => {
  const toReview = [
    start,
    submit('no'),
    submit(['text']),
    submit(3),
    submit(2),
    submit(12.5),
    submit('Monthly audits'),
    submit('yes'),
  ];

  it('reaches review with every visible question answered and submits', () => {
    const review = run(machine, toReview);
    expect(review.value).toBe('review');
    const completed = run(machine, [{ type: 'assessment.submit', at }], review);
    expect(completed.value).toBe('completed');
  });

  it('returns to review after answering the question opened with review.edit', () => {
    const review = run(machine, toReview);
    const editing = run(machine, [{ type: 'review.edit', questionId: 'maturity-level' }], review);
    expect(editing.value).toBe('asking');
    expect(editing.context.returnToReview).toBe(true);
    const edited = run(machine, [submit(3)], editing);
    expect(edited.value).toBe('review');
    expect(edited.context.answers['maturity-level']?.value).toBe(3);
    expect(edited.context.returnToReview).toBe(false);
  });

  it('returns to review after an edit that makes new questions appear, which then block submitting', () => {
    const review = run(machine, toReview);
    const edited = run(
      machine,
      [{ type: 'review.edit', questionId: 'uses-biometrics' }, submit('yes')],
      review,
    );
    expect(edited.value).toBe('review');
    const blocked = run(machine, [{ type: 'assessment.submit', at }], edited);
    expect(blocked.context.error?.missing).toEqual(['biometric-kinds']);
    const fixed = run(
      machine,
      [{ type: 'review.edit', questionId: 'biometric-kinds' }, submit(['gait'])],
      blocked,
    );
    expect(fixed.value).toBe('review');
    expect(run(machine, [{ type: 'assessment.submit', at }], fixed).value).toBe('completed');
  });

  it('also edits from asking, returning to review afterwards', () => {
    const asking = run(machine, [start, submit('no'), submit([])]);
    const edited = run(
      machine,
      [{ type: 'review.edit', questionId: 'uses-biometrics' }, submit('no')],
      asking,
    );
    expect(edited.value).toBe('review');
  });

  it('refuses to edit a hidden or unknown question from review', () => {
    const review = run(machine, toReview);
    expect(
      run(machine, [{ type: 'review.edit', questionId: 'face-watchlist' }], review).context.error?.code,
    ).toBe('hidden-question');
    const unknown = run(machine, [{ type: 'review.edit', questionId: 'nope' }], review);
    expect(unknown.value).toBe('review');
    expect(unknown.context.error?.code).toBe('unknown-question');
  });

  it('returns to review when an optional question opened from review is skipped', () => {
    const review = run(machine, toReview);
    const skipped = run(
      machine,
      [{ type: 'review.edit', questionId: 'budget-share' }, { type: 'nav.skip' }],
      review,
    );
    expect(skipped.value).toBe('review');
    expect(skipped.context.answers['budget-share']?.value).toBe(12.5);
  });
});
