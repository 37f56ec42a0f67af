import { assign, type SnapshotFrom, setup } from 'xstate';
import type { Actor, AnswerRecord, AnswerValue } from '../questionnaires/answers.ts';
import { expectedAnswer } from '../questionnaires/expected-answer.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { validateAnswer } from '../questionnaires/validate-answer.ts';
import { initialWalkthroughContext, type WalkthroughContext } from './walkthrough-context.ts';
import {
  hiddenQuestionError,
  incompleteError,
  invalidAnswerError,
  noProposalError,
  requiredError,
  unknownQuestionError,
  type WalkthroughError,
} from './walkthrough-error.ts';
import type { WalkthroughEvent } from './walkthrough-events.ts';
import {
  findQuestion,
  isVisibleQuestion,
  lastVisibleQuestion,
  missingAnswers,
  questionAfter,
  questionBefore,
} from './walkthrough-navigation.ts';

type AnswerParams = { value: AnswerValue; at: string; by: Actor | undefined; proposedByModel: boolean };

// Lets persistence find the definition a machine was generated from without widening the machine's type.
const definitions = new WeakMap<object, Questionnaire>();

/** The definition `createWalkthroughMachine` built this machine from. */
export function walkthroughDefinition(machine: WalkthroughMachine): Questionnaire | undefined {
  return definitions.get(machine);
}

/**
 * The walkthrough of one questionnaire: intro -> asking (one visible question at a time) -> review -> completed.
 * Actions are `assign`s only, so xstate's `transition()` is pure and every snapshot is plain JSON.
 */
export function createWalkthroughMachine(definition: Questionnaire) {
  const currentQuestion = (context: WalkthroughContext) =>
    context.currentQuestionId === null ? undefined : findQuestion(definition, context.currentQuestionId);
  const check = (context: WalkthroughContext, value: AnswerValue) => {
    const question = currentQuestion(context);
    return question === undefined ? undefined : validateAnswer(definition, question, value);
  };
  const cleared = { error: null } as const;

  const machine = setup({
    types: { context: {} as WalkthroughContext, events: {} as WalkthroughEvent },
    guards: {
      isValidAnswer: ({ context }, params: { value: AnswerValue }) =>
        check(context, params.value)?.success === true,
      isOptionalQuestion: ({ context }) => currentQuestion(context)?.required === false,
      hasPreviousQuestion: ({ context }) =>
        context.currentQuestionId !== null &&
        questionBefore(definition, context.answers, context.currentQuestionId) !== null,
      hasProposal: ({ context }) => context.pendingProposal?.questionId === context.currentQuestionId,
      isVisibleQuestion: ({ context }, params: { questionId: string }) =>
        isVisibleQuestion(definition, context.answers, params.questionId),
      isComplete: ({ context }) => missingAnswers(definition, context.answers).length === 0,
      isPastLastQuestion: ({ context }) => context.currentQuestionId === null,
    },
    actions: {
      start: assign(({ context }, params: { at: string }) => ({
        ...cleared,
        startedAt: context.startedAt ?? params.at,
        currentQuestionId: questionAfter(definition, context.answers, null),
      })),
      recordAnswer: assign(({ context }, params: AnswerParams) => {
        const checked = check(context, params.value);
        if (context.currentQuestionId === null || checked?.success !== true) return {};
        const record: AnswerRecord = {
          value: checked.value,
          answeredAt: params.at,
          ...(params.by === undefined ? {} : { answeredBy: params.by }),
          ...(params.proposedByModel ? { proposedByModel: true } : {}),
        };
        return {
          ...cleared,
          pendingProposal: null,
          answers: { ...context.answers, [context.currentQuestionId]: record },
        };
      }),
      // Conditions are re-read with the new answers here, so questions appear and disappear as earlier answers change.
      advance: assign(({ context }) => ({
        ...cleared,
        pendingProposal: null,
        currentQuestionId: context.returnToReview
          ? null
          : questionAfter(definition, context.answers, context.currentQuestionId),
      })),
      moveBack: assign(({ context }) => ({
        ...cleared,
        pendingProposal: null,
        currentQuestionId:
          context.currentQuestionId === null
            ? lastVisibleQuestion(definition, context.answers)
            : questionBefore(definition, context.answers, context.currentQuestionId),
      })),
      moveTo: assign((_, params: { questionId: string; returnToReview: boolean }) => ({
        ...cleared,
        pendingProposal: null,
        currentQuestionId: params.questionId,
        returnToReview: params.returnToReview,
      })),
      propose: assign(({ context }, params: { value: AnswerValue }) => {
        const checked = check(context, params.value);
        if (context.currentQuestionId === null || checked?.success !== true) return {};
        return {
          ...cleared,
          pendingProposal: { questionId: context.currentQuestionId, value: checked.value },
        };
      }),
      discardProposal: assign({ ...cleared, pendingProposal: null }),
      recordExplanation: assign(({ context }) => ({
        ...cleared,
        explainedQuestionId: context.currentQuestionId,
      })),
      leaveQuestions: assign({
        ...cleared,
        currentQuestionId: null,
        returnToReview: false,
        pendingProposal: null,
      }),
      complete: assign((_, params: { at: string }) => ({ ...cleared, completedAt: params.at })),
      reopen: assign({ ...cleared, completedAt: null }),
      reset: assign(() => initialWalkthroughContext(definition)),
      rejectAnswer: assign(({ context }, params: { value: AnswerValue }) => {
        const checked = check(context, params.value);
        const expected = checked?.success === false ? checked.expected : '';
        return { error: invalidAnswerError(context.currentQuestionId ?? '', expected) };
      }),
      rejectSkip: assign(({ context }) => {
        const question = currentQuestion(context);
        const expected = question === undefined ? '' : expectedAnswer(definition, question);
        return { error: requiredError(context.currentQuestionId ?? '', expected) };
      }),
      rejectQuestion: assign((_, params: { questionId: string }) => ({
        error: questionError(definition, params.questionId),
      })),
      rejectSubmit: assign(({ context }) => ({
        error: incompleteError(missingAnswers(definition, context.answers)),
      })),
      rejectProposal: assign(({ context }) => ({ error: noProposalError(context.currentQuestionId) })),
    },
  }).createMachine({
    id: 'walkthrough',
    context: initialWalkthroughContext(definition),
    initial: 'intro',
    on: { 'assessment.restart': { target: '.intro', actions: 'reset' } },
    states: {
      intro: {
        on: {
          'walkthrough.start': { target: 'asking', actions: { type: 'start', params: ({ event }) => event } },
        },
      },
      asking: {
        // Answering the last visible question, or the question opened from review, leaves the cursor at null.
        always: { guard: 'isPastLastQuestion', target: 'review' },
        on: {
          'answer.submit': [
            {
              guard: { type: 'isValidAnswer', params: ({ event }) => event },
              actions: [
                {
                  type: 'recordAnswer',
                  params: ({ event }) => ({
                    value: event.value,
                    at: event.at,
                    by: event.by,
                    proposedByModel: false,
                  }),
                },
                'advance',
              ],
            },
            { actions: { type: 'rejectAnswer', params: ({ event }) => event } },
          ],
          'answer.propose': [
            {
              guard: { type: 'isValidAnswer', params: ({ event }) => event },
              actions: { type: 'propose', params: ({ event }) => event },
            },
            { actions: { type: 'rejectAnswer', params: ({ event }) => event } },
          ],
          'proposal.confirm': [
            {
              guard: 'hasProposal',
              actions: [
                {
                  type: 'recordAnswer',
                  params: ({ context, event }) => ({
                    value: context.pendingProposal?.value ?? '',
                    at: event.at,
                    by: event.by,
                    proposedByModel: true,
                  }),
                },
                'advance',
              ],
            },
            { actions: 'rejectProposal' },
          ],
          'proposal.reject': [
            { guard: 'hasProposal', actions: 'discardProposal' },
            { actions: 'rejectProposal' },
          ],
          'nav.back': [
            { guard: 'hasPreviousQuestion', actions: 'moveBack' },
            { target: 'intro', actions: 'leaveQuestions' },
          ],
          'nav.skip': [{ guard: 'isOptionalQuestion', actions: 'advance' }, { actions: 'rejectSkip' }],
          'nav.goto': goto(false),
          'review.edit': goto(true),
          'explain.request': { actions: 'recordExplanation' },
          'review.open': { target: 'review' },
        },
      },
      review: {
        entry: 'leaveQuestions',
        on: {
          'nav.back': { target: 'asking', actions: 'moveBack' },
          'nav.goto': goto(false),
          'review.edit': goto(true),
          'assessment.submit': [
            {
              guard: 'isComplete',
              target: 'completed',
              actions: { type: 'complete', params: ({ event }) => event },
            },
            { actions: 'rejectSubmit' },
          ],
        },
      },
      completed: {
        on: { 'assessment.reopen': { target: 'review', actions: 'reopen' } },
      },
    },
  });
  definitions.set(machine, definition);
  return machine;
}

export type WalkthroughMachine = ReturnType<typeof createWalkthroughMachine>;
export type WalkthroughSnapshot = SnapshotFrom<WalkthroughMachine>;

/** Go to a visible question; `returnToReview` when opened from review to change one answer. */
function goto(returnToReview: boolean) {
  return [
    {
      guard: { type: 'isVisibleQuestion', params: ({ event }: { event: { questionId: string } }) => event },
      target: 'asking',
      actions: {
        type: 'moveTo',
        params: ({ event }: { event: { questionId: string } }) => ({
          questionId: event.questionId,
          returnToReview,
        }),
      },
    },
    { actions: { type: 'rejectQuestion', params: ({ event }: { event: { questionId: string } }) => event } },
  ] as const;
}

function questionError(definition: Questionnaire, questionId: string): WalkthroughError {
  return findQuestion(definition, questionId) === undefined
    ? unknownQuestionError(questionId)
    : hiddenQuestionError(questionId);
}
