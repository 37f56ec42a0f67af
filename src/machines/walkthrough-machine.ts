import { assign, type SnapshotFrom, setup } from 'xstate';
import type { AnswerValue } from '../questionnaires/answers.ts';
import { noteTextProblem } from '../questionnaires/question-notes.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { initialWalkthroughContext, type WalkthroughContext } from './walkthrough-context.ts';
import { invalidNoteError, noProposalError, unknownQuestionError } from './walkthrough-error.ts';
import type { WalkthroughEvent } from './walkthrough-events.ts';
import { findQuestion, isVisibleQuestion, missingAnswers, questionBefore } from './walkthrough-navigation.ts';
import { type AnswerParams, createWalkthroughUpdates } from './walkthrough-updates.ts';

type NoteParams = Extract<WalkthroughEvent, { type: 'note.set' }>;
type ProposeParams = Extract<WalkthroughEvent, { type: 'answer.propose' }>;

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
  const update = createWalkthroughUpdates(definition);
  const { check, currentQuestion } = update;
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
      hasPendingChange: ({ context }) =>
        context.pendingChange !== null && context.pendingChange.questionId === context.currentQuestionId,
      isVisibleQuestion: ({ context }, params: { questionId: string }) =>
        isVisibleQuestion(definition, context.answers, params.questionId),
      isComplete: ({ context }) => missingAnswers(definition, context.answers).length === 0,
      isPastLastQuestion: ({ context }) => context.currentQuestionId === null,
      isValidNote: (_, params: NoteParams) =>
        findQuestion(definition, params.questionId) !== undefined &&
        noteTextProblem(params.text) === undefined,
    },
    actions: {
      start: assign(({ context }, params: { at: string }) => update.start(context, params.at)),
      // Records and moves on, or holds the answer as a pending change when it would hide answered questions.
      answer: assign(({ context }, params: AnswerParams) => update.answer(context, params)),
      confirmChange: assign(({ context }) => update.confirmChange(context)),
      cancelChange: assign(({ context }) => update.cancelChange(context)),
      advance: assign(({ context }) => update.advance(context)),
      moveBack: assign(({ context }) => update.moveBack(context)),
      moveTo: assign((_, params: { questionId: string; returnToReview: boolean }) => update.moveTo(params)),
      moveToNextUnanswered: assign(({ context }) => update.moveToNextUnanswered(context)),
      rememberPlace: assign(({ context }) => update.rememberPlace(context)),
      propose: assign(({ context }, params: ProposeParams) => {
        const checked = check(context, params.value);
        if (context.currentQuestionId === null || checked?.success !== true) return {};
        const { source, reason } = params;
        return {
          ...cleared,
          pendingProposal: {
            questionId: context.currentQuestionId,
            value: checked.value,
            ...(source === undefined ? {} : { source }),
            ...(reason === undefined ? {} : { reason }),
          },
        };
      }),
      discardProposal: assign({ ...cleared, pendingProposal: null }),
      recordExplanation: assign(({ context }) => ({
        ...cleared,
        explainedQuestionId: context.currentQuestionId,
      })),
      leaveQuestions: assign(() => update.leaveQuestions()),
      complete: assign((_, params: { at: string }) => ({ ...cleared, completedAt: params.at })),
      reopen: assign({ ...cleared, completedAt: null }),
      reset: assign(() => initialWalkthroughContext(definition)),
      rejectAnswer: assign(({ context }, params: { value: AnswerValue }) =>
        update.rejectAnswer(context, params.value),
      ),
      rejectSkip: assign(({ context }) => update.rejectSkip(context)),
      rejectQuestion: assign((_, params: { questionId: string }) => update.rejectQuestion(params.questionId)),
      rejectSubmit: assign(({ context }) => update.rejectSubmit(context)),
      rejectChange: assign(({ context }) => update.rejectChange(context)),
      rejectProposal: assign(({ context }) => ({ error: noProposalError(context.currentQuestionId) })),
      // A note sits beside a question (shown or not) and replaces its earlier note; it answers nothing.
      setNote: assign(({ context }, params: NoteParams) => ({
        ...cleared,
        notes: {
          ...context.notes,
          [params.questionId]: {
            text: params.text.trim(),
            kind: params.kind,
            at: params.at,
            ...(params.by === undefined ? {} : { by: params.by }),
          },
        },
      })),
      clearNote: assign(({ context }, params: { questionId: string }) => ({
        ...cleared,
        notes: Object.fromEntries(Object.entries(context.notes).filter(([id]) => id !== params.questionId)),
      })),
      rejectNote: assign((_, params: NoteParams) => ({
        error:
          findQuestion(definition, params.questionId) === undefined
            ? invalidNoteError(params.questionId, unknownQuestionError(params.questionId).message)
            : invalidNoteError(params.questionId, noteTextProblem(params.text) ?? ''),
      })),
    },
  }).createMachine({
    id: 'walkthrough',
    context: initialWalkthroughContext(definition),
    initial: 'intro',
    on: {
      'assessment.restart': { target: '.intro', actions: 'reset' },
      'note.set': [
        {
          guard: { type: 'isValidNote', params: ({ event }) => event },
          actions: { type: 'setNote', params: ({ event }) => event },
        },
        { actions: { type: 'rejectNote', params: ({ event }) => event } },
      ],
      'note.clear': { actions: { type: 'clearNote', params: ({ event }) => event } },
    },
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
              actions: {
                type: 'answer',
                params: ({ event }) => ({
                  value: event.value,
                  at: event.at,
                  by: event.by,
                  proposedByModel: false,
                }),
              },
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
              actions: {
                type: 'answer',
                params: ({ context, event }) => ({
                  value: context.pendingProposal?.value ?? '',
                  at: event.at,
                  by: event.by,
                  // A confirmed reading of RAIA's own is the person's answer; a model's keeps its provenance.
                  proposedByModel: context.pendingProposal?.source !== 'reading',
                }),
              },
            },
            { actions: 'rejectProposal' },
          ],
          'change.confirm': [
            { guard: 'hasPendingChange', actions: 'confirmChange' },
            { actions: 'rejectChange' },
          ],
          'change.cancel': [
            { guard: 'hasPendingChange', actions: 'cancelChange' },
            { actions: 'rejectChange' },
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
          'nav.next-unanswered': { actions: 'moveToNextUnanswered' },
          'explain.request': { actions: 'recordExplanation' },
          'review.open': { target: 'review', actions: 'rememberPlace' },
        },
      },
      review: {
        entry: 'leaveQuestions',
        on: {
          // "Back to where I was": the question left to open review (see moveBack).
          'nav.back': { target: 'asking', actions: 'moveBack' },
          'nav.next-unanswered': { target: 'asking', actions: 'moveToNextUnanswered' },
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
