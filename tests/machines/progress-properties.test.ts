import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { initialTransition } from 'xstate';
import { possibleQuestions } from '../../src/machines/possible-questions.ts';
import { walkthroughProgress } from '../../src/machines/progress.ts';
import type { WalkthroughEvent } from '../../src/machines/walkthrough-events.ts';
import {
  createWalkthroughMachine,
  type WalkthroughSnapshot,
} from '../../src/machines/walkthrough-machine.ts';
import { findQuestion } from '../../src/machines/walkthrough-navigation.ts';
import { answerChoices } from '../../src/questionnaires/answer-choices.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import type { Question, Questionnaire } from '../../src/questionnaires/schema.ts';
import { visibleQuestions } from '../../src/questionnaires/visible-questions.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { smallRiskQuestionnaire } from './fixtures/small-risk-questionnaire.ts';
import { builtInDefinitions } from './real-definitions.ts';
import { walkthroughEvents } from './walkthrough-arbitraries.ts';
import { at, run, start } from './walkthrough-driver.ts';

const definitions = [pilotQuestionnaire, smallRiskQuestionnaire, ...builtInDefinitions()].map(
  (definition) => [`${definition.id} ${definition.version}`, definition] as const,
);

/** One forward step: an answer picked by `pick` among the question's choices (or typed), a skip, or a detour. */
type Step =
  | { kind: 'answer'; pick: number; unsure: boolean; proposed: boolean }
  | { kind: 'skip' }
  | { kind: 'explain' }
  | { kind: 'review-and-back' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      pick: fc.nat(40),
      unsure: fc.boolean(),
      proposed: fc.boolean(),
    }),
    weight: 8,
  },
  { arbitrary: fc.constant({ kind: 'skip' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'explain' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'review-and-back' as const }), weight: 1 },
);

function valueFor(definition: Questionnaire, question: Question, pick: number, unsure: boolean): AnswerValue {
  if (unsure && question.allowUnsure) return { unsure: true };
  const choices = answerChoices(definition, question).map((choice) => choice.value);
  switch (question.kind) {
    case 'text':
      return `Answer ${pick}`;
    case 'number':
      return Math.min(question.number?.max ?? pick, Math.max(question.number?.min ?? 0, pick));
    case 'multiple':
      return choices.filter((_, index) => (pick >> index) % 2 === 1).map(String);
    case 'single':
    case 'yes-no':
    case 'scale':
      return choices[pick % choices.length] ?? '';
    default:
      return '';
  }
}

function forwardEvents(
  definition: Questionnaire,
  snapshot: WalkthroughSnapshot,
  next: Step,
): WalkthroughEvent[] {
  const question = findQuestion(definition, snapshot.context.currentQuestionId ?? '');
  if (question === undefined) return [];
  switch (next.kind) {
    case 'answer': {
      const value = valueFor(definition, question, next.pick, next.unsure);
      return next.proposed
        ? [
            { type: 'answer.propose', value, at },
            { type: 'proposal.confirm', at },
          ]
        : [{ type: 'answer.submit', value, at }];
    }
    case 'skip':
      return [{ type: 'nav.skip' }];
    case 'explain':
      return [{ type: 'explain.request' }];
    case 'review-and-back':
      return [{ type: 'review.open' }, { type: 'nav.back' }];
  }
}

describe.each(definitions)('walkthroughProgress of %s', (_, definition) => {
  const machine = createWalkthroughMachine(definition);

  test.prop([fc.array(step, { maxLength: 120 })], { numRuns: 80 })(
    'never grows its total on a walk that only moves forward, and keeps the position within 1..total',
    (steps) => {
      let snapshot = run(machine, [start]);
      let previous = walkthroughProgress(definition, snapshot.context).total;
      for (const next of steps) {
        if (snapshot.value !== 'asking') break;
        snapshot = run(machine, forwardEvents(definition, snapshot, next), snapshot);
        const progress = walkthroughProgress(definition, snapshot.context);
        expect(progress.total).toBeLessThanOrEqual(previous);
        expect(progress.answered).toBeLessThanOrEqual(progress.total);
        if (snapshot.value === 'asking') {
          expect(progress.position).not.toBeNull();
          expect(progress.position ?? 0).toBeGreaterThanOrEqual(1);
          expect(progress.position ?? 0).toBeLessThanOrEqual(progress.total);
        }
        previous = progress.total;
      }
    },
  );

  test.prop([fc.array(walkthroughEvents(definition), { maxLength: 80 })], { numRuns: 80 })(
    'keeps the position within 1..total and the section among its count after any event sequence',
    (events) => {
      let snapshot = initialTransition(machine)[0];
      for (const event of events) {
        snapshot = run(machine, [event], snapshot);
        const progress = walkthroughProgress(definition, snapshot.context);
        expect(progress.answered).toBeLessThanOrEqual(progress.total);
        expect(progress.section.index).toBeLessThan(Math.max(1, progress.section.count));
        if (snapshot.value === 'asking') {
          expect(progress.position ?? 0).toBeGreaterThanOrEqual(1);
          expect(progress.position ?? 0).toBeLessThanOrEqual(progress.total);
        } else expect(progress.position).toBeNull();
      }
    },
  );

  test.prop([fc.array(walkthroughEvents(definition), { maxLength: 60 })], { numRuns: 40 })(
    'counts exactly the shown questions once nothing is open',
    (events) => {
      const snapshot = run(machine, events);
      const answers = snapshot.context.answers;
      const possible = possibleQuestions(definition, answers, () => false);
      expect(possible.map(({ question }) => question.id)).toEqual(
        visibleQuestions(definition, answers).map(({ question }) => question.id),
      );
      expect(possible.every(({ certain }) => certain)).toBe(true);
    },
  );
});
