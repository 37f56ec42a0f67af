import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { persistWalkthrough, restoreWalkthrough } from '../../src/machines/persist-walkthrough.ts';
import { walkthroughEventSchema } from '../../src/machines/walkthrough-events.ts';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import { textLimits } from '../../src/questionnaires/text-limits.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { at, run, start, submit } from './walkthrough-driver.ts';

const machine = createWalkthroughMachine(pilotQuestionnaire);
const actor = { id: 'officer-7', channel: 'web' };
const note = (questionId: string, text: string, kind: 'note' | 'evidence' = 'note') =>
  ({ type: 'note.set', questionId, text, kind, at, by: actor }) as const;

describe('walkthrough notes', () => {
  it('keeps a note beside the question on screen without answering it or moving on', () => {
    const snapshot = run(machine, [start, note('uses-biometrics', '  We have a DPIA  ')]);
    expect(snapshot.value).toBe('asking');
    expect(snapshot.context.currentQuestionId).toBe('uses-biometrics');
    expect(snapshot.context.answers).toEqual({});
    expect(snapshot.context.notes).toEqual({
      'uses-biometrics': { text: 'We have a DPIA', kind: 'note', at, by: actor },
    });
    expect(snapshot.context.error).toBeNull();
  });

  it('keeps notes through answering, review and submission, and clears them on request', () => {
    const noted = run(machine, [
      start,
      note('uses-biometrics', 'Checked by J. Smith', 'evidence'),
      submit('no'),
    ]);
    expect(noted.context.answers['uses-biometrics']?.value).toBe('no');
    expect(noted.context.notes['uses-biometrics']?.kind).toBe('evidence');
    const reviewed = run(machine, [{ type: 'review.open' }], noted);
    expect(reviewed.value).toBe('review');
    expect(reviewed.context.notes['uses-biometrics']?.text).toBe('Checked by J. Smith');
    const cleared = run(machine, [{ type: 'note.clear', questionId: 'uses-biometrics' }], reviewed);
    expect(cleared.context.notes).toEqual({});
  });

  it('refuses a note to a question the questionnaire does not have, an empty one and one over the limit', () => {
    for (const event of [
      note('constructor', 'x'),
      note('no-such-question', 'x'),
      note('uses-biometrics', '   '),
      note('uses-biometrics', 'x'.repeat(textLimits.note + 1)),
    ]) {
      const snapshot = run(machine, [start, event]);
      expect(snapshot.context.notes).toEqual({});
      expect(snapshot.context.error?.code).toBe('invalid-note');
    }
  });

  it('forgets notes on a restart, with the answers', () => {
    const snapshot = run(machine, [start, note('uses-biometrics', 'x'), { type: 'assessment.restart' }]);
    expect(snapshot.context.notes).toEqual({});
  });

  it('round-trips notes through persistence, and reads snapshots saved before notes existed', () => {
    const snapshot = run(machine, [start, note('uses-biometrics', 'A note')]);
    const persisted = JSON.parse(JSON.stringify(persistWalkthrough(snapshot)));
    const back = restoreWalkthrough(machine, persisted);
    expect(back.success && back.data.context.notes).toEqual(snapshot.context.notes);

    const { notes: _unused, ...older } = persisted.context;
    const old = restoreWalkthrough(machine, { value: persisted.value, context: older });
    expect(old.success && old.data.context.notes).toEqual({});
  });

  it('refuses a stored snapshot whose note names an unknown question', () => {
    const context = {
      ...initialTransition(machine)[0].context,
      notes: { 'no-such-question': { text: 'x', kind: 'note', at } },
    };
    expect(restoreWalkthrough(machine, { value: 'intro', context })).toMatchObject({
      success: false,
      error: { code: 'invalid-snapshot' },
    });
  });

  it('accepts note events through the event schema only with a kind and a time', () => {
    expect(walkthroughEventSchema.safeParse(note('uses-biometrics', 'x')).success).toBe(true);
    expect(walkthroughEventSchema.safeParse({ type: 'note.set', questionId: 'a', text: 'x' }).success).toBe(
      false,
    );
    expect(walkthroughEventSchema.safeParse({ type: 'note.clear', questionId: 'a' }).success).toBe(true);
  });
});
