import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import {
  persistWalkthrough,
  replayAnswers,
  restoreWalkthrough,
} from '../../src/machines/persist-walkthrough.ts';
import { walkthroughEventSchema } from '../../src/machines/walkthrough-events.ts';
import { createWalkthroughMachine, type WalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { smallRiskQuestionnaire } from './fixtures/small-risk-questionnaire.ts';
import { walkthroughEvents } from './walkthrough-arbitraries.ts';
import { at, run, start, submit } from './walkthrough-driver.ts';

const machine = createWalkthroughMachine(pilotQuestionnaire);
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function restored(target: WalkthroughMachine, json: unknown) {
  const result = restoreWalkthrough(target, json);
  if (!result.success) throw new Error(`restore failed: ${result.error.message}`);
  return result.data;
}

describe('persistWalkthrough and restoreWalkthrough', () => {
  it('round-trips a snapshot through JSON and carries on identically', () => {
    const snapshot = run(machine, [start, submit('yes'), { type: 'answer.propose', value: ['face'], at }]);
    const back = restored(machine, throughJson(persistWalkthrough(snapshot)));
    expect(persistWalkthrough(back)).toEqual(persistWalkthrough(snapshot));
    const next = [{ type: 'proposal.confirm', at } as const, submit('local')];
    expect(persistWalkthrough(run(machine, next, back))).toEqual(
      persistWalkthrough(run(machine, next, snapshot)),
    );
  });

  it.each<[string, unknown]>([
    ['not an object', 'asking'],
    ['null', null],
    ['a missing context', { value: 'asking' }],
    ['an unknown state', { value: 'done', context: initialTransition(machine)[0].context }],
    ['an extra key', { value: 'intro', context: initialTransition(machine)[0].context, children: {} }],
  ])('refuses %s as an invalid snapshot', (_, json) => {
    const result = restoreWalkthrough(machine, json);
    expect(result).toMatchObject({ success: false, error: { code: 'invalid-snapshot' } });
  });

  it('refuses a snapshot of another questionnaire or version', () => {
    const persisted = persistWalkthrough(run(machine, [start]));
    const small = createWalkthroughMachine(smallRiskQuestionnaire);
    expect(restoreWalkthrough(small, persisted)).toMatchObject({
      success: false,
      error: { code: 'other-questionnaire' },
    });
    const newer = createWalkthroughMachine({ ...pilotQuestionnaire, version: '1.1' });
    expect(restoreWalkthrough(newer, persisted)).toMatchObject({
      success: false,
      error: { code: 'other-questionnaire' },
    });
  });

  it('restores a snapshot saved before review places and held changes existed', () => {
    const asking = persistWalkthrough(run(machine, [start, submit('no')]));
    const { resumeQuestionId: _place, pendingChange: _change, ...older } = asking.context;
    const restored = restoreWalkthrough(machine, { ...asking, context: older });
    expect(restored.success && restored.data.context).toEqual(asking.context);
  });

  it('refuses snapshots inconsistent with the definition', () => {
    const asking = persistWalkthrough(run(machine, [start, submit('no')]));
    const broken = [
      { ...asking, context: { ...asking.context, currentQuestionId: null } },
      { ...asking, context: { ...asking.context, currentQuestionId: 'not-a-question' } },
      {
        ...asking,
        context: { ...asking.context, answers: { 'uses-biometrics': { value: 'perhaps', answeredAt: at } } },
      },
      { ...asking, context: { ...asking.context, answers: { ghost: { value: 'yes', answeredAt: at } } } },
      { ...asking, context: { ...asking.context, pendingProposal: { questionId: 'autonomy', value: 3 } } },
      { ...asking, context: { ...asking.context, pendingChange: heldChange('autonomy', 3) } },
      { ...asking, context: { ...asking.context, pendingChange: heldChange('data-sources', 'perhaps') } },
      { ...asking, context: { ...asking.context, resumeQuestionId: 'not-a-question' } },
      { ...asking, value: 'completed' },
    ];
    for (const json of broken) {
      expect(restoreWalkthrough(machine, json)).toMatchObject({
        success: false,
        error: { code: 'invalid-snapshot' },
      });
    }
  });

  it('refuses a machine that createWalkthroughMachine did not make', () => {
    const persisted = persistWalkthrough(run(machine, [start]));
    expect(restoreWalkthrough(machine.provide({}), persisted)).toMatchObject({
      success: false,
      error: { code: 'unknown-machine' },
    });
  });
});

describe('replayAnswers', () => {
  const finished = run(machine, [
    start,
    { type: 'answer.submit', value: 'yes', at: '2026-01-01T08:00:00.000Z' },
    { type: 'answer.propose', value: ['face'], at },
    { type: 'proposal.confirm', at, by: { id: 'lead', channel: 'web' } },
    submit('none-yet'),
    { type: 'nav.skip' },
    submit(4),
    submit(30),
    submit(2),
    { type: 'nav.skip' },
    submit('Weekly audits'),
    submit('no'),
  ]);

  it('rebuilds the same answers and position from the answer log', () => {
    expect(finished.value).toBe('review');
    const replayed = replayAnswers(
      machine,
      throughJson(finished.context.answers) as typeof finished.context.answers,
    );
    expect(replayed.value).toBe('review');
    expect(replayed.context.answers).toEqual(finished.context.answers);
    expect(replayed.context.startedAt).toBe('2026-01-01T08:00:00.000Z');
  });

  it('keeps logged answers to questions that are hidden on the replayed path', () => {
    const changed = run(
      machine,
      [{ type: 'review.edit', questionId: 'uses-biometrics' }, submit('no'), { type: 'change.confirm' }],
      finished,
    );
    expect(changed.context.answers['uses-biometrics']?.value).toBe('no');
    const replayed = replayAnswers(machine, changed.context.answers);
    expect(replayed.context.answers).toEqual(changed.context.answers);
    expect(replayed.value).toBe('review');
  });

  it('stops at the first required question missing from the log', () => {
    const { 'maturity-level': _removed, ...answers } = finished.context.answers;
    const replayed = replayAnswers(machine, answers);
    expect(replayed.value).toBe('asking');
    expect(replayed.context.currentQuestionId).toBe('maturity-level');
    expect(replayed.context.error?.code).toBe('required');
    expect(replayed.context.answers['oversight-notes']?.value).toBe('Weekly audits');
  });

  it('drops logged answers that are not valid for their question', () => {
    const replayed = replayAnswers(machine, {
      ...finished.context.answers,
      'face-watchlist': { value: 'moon', answeredAt: at },
    });
    expect(replayed.context.currentQuestionId).toBe('face-watchlist');
    expect(replayed.context.answers['face-watchlist']).toBeUndefined();
  });

  it('stays in intro for an empty log', () => {
    expect(replayAnswers(machine, {}).value).toBe('intro');
  });
});

const definitions: Array<[string, Questionnaire]> = [
  ['pilot', pilotQuestionnaire],
  ['small-risk', smallRiskQuestionnaire],
];

describe.each(definitions)('walkthrough persistence properties (%s)', (_, definition) => {
  const target = createWalkthroughMachine(definition);
  const steps = fc.array(fc.tuple(walkthroughEvents(definition), fc.boolean()), { maxLength: 60 });

  test.prop([steps], { numRuns: 300 })(
    'ends in the same state and context whether or not it was persisted and restored along the way',
    (events) => {
      let direct = initialTransition(target)[0];
      let roundTripped = direct;
      for (const [event, persistHere] of events) {
        expect(walkthroughEventSchema.safeParse(event).success).toBe(true);
        direct = run(target, [event], direct);
        roundTripped = run(target, [event], roundTripped);
        if (persistHere) roundTripped = restored(target, throughJson(persistWalkthrough(roundTripped)));
      }
      expect(persistWalkthrough(roundTripped)).toEqual(persistWalkthrough(direct));
      expect(roundTripped.status).toBe(direct.status);
    },
  );

  test.prop([steps], { numRuns: 200 })(
    'replaying the answer log of any walkthrough keeps every valid answer',
    (events) => {
      const snapshot = run(
        target,
        events.map(([event]) => event),
      );
      const replayed = replayAnswers(target, snapshot.context.answers);
      expect(replayed.context.answers).toEqual(snapshot.context.answers);
      expect(restoreWalkthrough(target, throughJson(persistWalkthrough(replayed))).success).toBe(true);
    },
  );
});

function heldChange(questionId: string, value: string | number) {
  return { questionId, record: { value, answeredAt: at }, hiddenQuestionIds: ['biometric-kinds'] };
}
