import { describe, expect, it } from 'vitest';
import { walkthroughProgress } from '../../src/machines/progress.ts';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { at, run, start, submit } from './walkthrough-driver.ts';

const machine = createWalkthroughMachine(pilotQuestionnaire);
const later = '2026-01-05T10:00:00.000Z';
const actor = { id: 'officer-7', channel: 'web' };

// Faces compared against the national database: the watchlist and escalation questions apply.
const review = run(machine, [
  start,
  submit('yes'),
  submit(['face']),
  submit('national'),
  submit([]),
  submit(5),
  submit(3),
  submit(1),
  { type: 'nav.skip' },
  submit('Weekly audits'),
  submit('supervisor'),
  submit('yes'),
]);
const editBiometrics = { type: 'review.edit', questionId: 'uses-biometrics' } as const;
const answerNo = { type: 'answer.submit', value: 'no', at: later, by: actor } as const;

describe('createWalkthroughMachine: a change that would hide answers', () => {
  it('holds the change and names the answered questions it would hide, recording nothing yet', () => {
    expect(review.value).toBe('review');
    const held = run(machine, [editBiometrics, answerNo], review);
    expect(held.value).toBe('asking');
    expect(held.context.currentQuestionId).toBe('uses-biometrics');
    expect(held.context.answers).toEqual(review.context.answers);
    expect(held.context.pendingChange).toEqual({
      questionId: 'uses-biometrics',
      record: { value: 'no', answeredAt: later, answeredBy: actor },
      hiddenQuestionIds: ['biometric-kinds', 'face-watchlist'],
    });
  });

  it('applies it once confirmed, keeping the hidden answers out of the count but in the context', () => {
    const confirmed = run(machine, [editBiometrics, answerNo, { type: 'change.confirm' }], review);
    expect(confirmed.value).toBe('review');
    expect(confirmed.context.pendingChange).toBeNull();
    expect(confirmed.context.answers['uses-biometrics']).toEqual({
      value: 'no',
      answeredAt: later,
      answeredBy: actor,
    });
    expect(confirmed.context.answers['face-watchlist']?.value).toBe('national');
    const before = walkthroughProgress(pilotQuestionnaire, review.context).answered;
    expect(walkthroughProgress(pilotQuestionnaire, confirmed.context).answered).toBe(before - 2);
  });

  it('brings the hidden answers back when the change is undone', () => {
    const confirmed = run(machine, [editBiometrics, answerNo, { type: 'change.confirm' }], review);
    const undone = run(machine, [editBiometrics, submit('yes')], confirmed);
    expect(undone.value).toBe('review');
    expect(undone.context.pendingChange).toBeNull();
    expect(walkthroughProgress(pilotQuestionnaire, undone.context)).toEqual(
      walkthroughProgress(pilotQuestionnaire, review.context),
    );
  });

  it('keeps the old answer when asked to, and goes on as if it had been given again', () => {
    const kept = run(machine, [editBiometrics, answerNo, { type: 'change.cancel' }], review);
    expect(kept.value).toBe('review');
    expect(kept.context.answers).toEqual(review.context.answers);
    expect(kept.context.pendingChange).toBeNull();
  });

  it('applies a change that hides no answered question at once', () => {
    // biometric-kinds is hidden by "no", but it has no answer yet.
    const hidesNothing = run(machine, [start, submit('yes'), { type: 'nav.back' }, submit('no')]);
    expect(hidesNothing.context.pendingChange).toBeNull();
    expect(hidesNothing.context.answers['uses-biometrics']?.value).toBe('no');
  });

  it('drops a held change when the user moves elsewhere, and refuses confirming when none is held', () => {
    const moved = run(
      machine,
      [editBiometrics, answerNo, { type: 'nav.goto', questionId: 'autonomy' }],
      review,
    );
    expect(moved.context.pendingChange).toBeNull();
    expect(moved.context.answers).toEqual(review.context.answers);
    const refused = run(machine, [{ type: 'change.confirm' }], moved);
    expect(refused.context.error?.code).toBe('no-change');
  });

  it('holds a confirmed proposal that would hide answers in the same way', () => {
    const proposed = run(
      machine,
      [editBiometrics, { type: 'answer.propose', value: 'no', at }, { type: 'proposal.confirm', at }],
      review,
    );
    expect(proposed.context.pendingChange?.hiddenQuestionIds).toEqual(['biometric-kinds', 'face-watchlist']);
    expect(proposed.context.answers).toEqual(review.context.answers);
  });
});
