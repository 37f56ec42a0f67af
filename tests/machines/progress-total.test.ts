import { describe, expect, it } from 'vitest';
import { walkthroughProgress } from '../../src/machines/progress.ts';
import {
  createWalkthroughMachine,
  type WalkthroughSnapshot,
} from '../../src/machines/walkthrough-machine.ts';
import { findQuestion } from '../../src/machines/walkthrough-navigation.ts';
import { answerChoices } from '../../src/questionnaires/answer-choices.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import type { Question, Questionnaire } from '../../src/questionnaires/schema.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { builtInDefinitions } from './real-definitions.ts';
import { run, start, submit } from './walkthrough-driver.ts';

const [, risk] = builtInDefinitions();
if (risk === undefined) throw new Error('risk v1 is missing');

// The face-matching pilot of issue 13: biometric, procured, children affected, reviewed decisions, and
// every risk said to apply, so conditional questions keep appearing as the walk goes on.
const facePilot: Record<string, AnswerValue> = {
  'system-name': 'Face matcher pilot',
  'system-purpose': 'identification',
  sourcing: 'procured',
  'data-types': ['biometric', 'images-video', 'criminal-records'],
  'processes-biometric': 'yes',
  'affected-groups': ['suspects', 'children-vulnerable'],
  autonomy: 'decides-with-review',
};

function answerFor(definition: Questionnaire, question: Question): AnswerValue {
  if (Object.hasOwn(facePilot, question.id)) return facePilot[question.id] ?? '';
  if (question.kind === 'yes-no') return 'yes';
  if (question.kind === 'text') return 'Written answer';
  if (question.kind === 'number') return question.number?.min ?? 0;
  const value = answerChoices(definition, question)[0]?.value ?? '';
  return question.kind === 'multiple' ? [String(value)] : value;
}

/** The totals shown at each question of a walk that only moves forward, and the final state. */
function forwardTotals(definition: Questionnaire): { totals: number[]; last: WalkthroughSnapshot } {
  const machine = createWalkthroughMachine(definition);
  let snapshot = run(machine, [start]);
  const totals: number[] = [];
  for (let step = 0; step < 200 && snapshot.value === 'asking'; step += 1) {
    totals.push(walkthroughProgress(definition, snapshot.context).total);
    const question = findQuestion(definition, snapshot.context.currentQuestionId ?? '');
    if (question === undefined) throw new Error('no current question while asking');
    snapshot = run(machine, [submit(answerFor(definition, question))], snapshot);
  }
  totals.push(walkthroughProgress(definition, snapshot.context).total);
  return { totals, last: snapshot };
}

describe('walkthroughProgress total', () => {
  it('never grows on a forward walk through risk v1 (it went "1 of 19", "59 of 59", then "60 of 62")', () => {
    const { totals, last } = forwardTotals(risk);
    expect(last.value).toBe('review');
    const grew = totals.flatMap((total, index) =>
      index > 0 && total > (totals[index - 1] ?? 0) ? [`${totals[index - 1]} -> ${total}`] : [],
    );
    expect(grew).toEqual([]);
    // The first total is every question that can apply; the last is what did apply.
    expect(totals[0]).toBe(80);
    expect(totals.at(-1)).toBe(Object.keys(last.context.answers).length);
  });

  it('counts a hidden question until an answer rules it out (pilot: the watchlist follows face images)', () => {
    const machine = createWalkthroughMachine(pilotQuestionnaire);
    const atStart = run(machine, [start]);
    expect(walkthroughProgress(pilotQuestionnaire, atStart.context)).toMatchObject({ total: 11 });
    const noBiometrics = run(machine, [submit('no')], atStart);
    // biometric-kinds and face-watchlist are ruled out; review-staff, escalation still can apply.
    expect(walkthroughProgress(pilotQuestionnaire, noBiometrics.context)).toMatchObject({ total: 9 });
  });
});
