import type { Actor, AnswerRecord, AnswerValue } from '../questionnaires/answers.ts';
import { expectedAnswer } from '../questionnaires/expected-answer.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { sealWithAnswer } from '../questionnaires/seal-answers.ts';
import { validateAnswer } from '../questionnaires/validate-answer.ts';
import { carryVisibleQuestions } from '../questionnaires/visible-questions.ts';
import type { WalkthroughContext } from './walkthrough-context.ts';
import {
  hiddenQuestionError,
  incompleteError,
  invalidAnswerError,
  noChangeError,
  requiredError,
  unknownQuestionError,
} from './walkthrough-error.ts';
import {
  answersHiddenBy,
  findQuestion,
  isVisibleQuestion,
  lastVisibleQuestion,
  missingAnswers,
  nextUnansweredQuestion,
  questionAfter,
  questionBefore,
} from './walkthrough-navigation.ts';

export type AnswerParams = {
  value: AnswerValue;
  at: string;
  by: Actor | undefined;
  proposedByModel: boolean;
};
type Update = Partial<WalkthroughContext>;

// Moving or answering drops whatever was waiting on the question: an error, a proposal, a held change.
const settled = { error: null, pendingProposal: null, pendingChange: null } as const;

/**
 * The context updates the walkthrough machine's `assign`s make, as pure functions of the context: the
 * machine says when each applies, these say what changes.
 */
export function createWalkthroughUpdates(definition: Questionnaire) {
  const currentQuestion = (context: WalkthroughContext) =>
    context.currentQuestionId === null ? undefined : findQuestion(definition, context.currentQuestionId);
  const check = (context: WalkthroughContext, value: AnswerValue) => {
    const question = currentQuestion(context);
    return question === undefined ? undefined : validateAnswer(definition, question, value);
  };

  // Conditions are re-read with the new answers here, so questions appear and disappear as earlier answers change.
  const advance = (context: WalkthroughContext): Update => ({
    ...settled,
    currentQuestionId: context.returnToReview
      ? null
      : questionAfter(definition, context.answers, context.currentQuestionId),
    // An edit from review keeps the place the person left; walking on leaves it behind.
    resumeQuestionId: context.returnToReview ? context.resumeQuestionId : null,
  });

  // Sealed: answers never change once made, so what is worked out from them is worked out once.
  const withAnswer = (context: WalkthroughContext, questionId: string, answer: AnswerRecord) => {
    const answers = sealWithAnswer(context.answers, questionId, answer);
    carryVisibleQuestions(definition, context.answers, questionId, answers);
    return answers;
  };
  const record = (context: WalkthroughContext, answers: WalkthroughContext['answers']): Update => ({
    ...settled,
    answers,
    ...advance({ ...context, answers }),
  });

  return {
    check,
    currentQuestion,
    advance,

    start: (context: WalkthroughContext, at: string): Update => ({
      error: null,
      startedAt: context.startedAt ?? at,
      currentQuestionId: questionAfter(definition, context.answers, null),
    }),

    /** Records a valid answer and moves on, unless it would hide answered questions: then it is held. */
    answer: (context: WalkthroughContext, params: AnswerParams): Update => {
      const checked = check(context, params.value);
      const questionId = context.currentQuestionId;
      if (questionId === null || checked?.success !== true) return {};
      const answer: AnswerRecord = {
        value: checked.value,
        answeredAt: params.at,
        ...(params.by === undefined ? {} : { answeredBy: params.by }),
        ...(params.proposedByModel ? { proposedByModel: true } : {}),
      };
      const answers = withAnswer(context, questionId, answer);
      const hiddenQuestionIds = answersHiddenBy(definition, context.answers, questionId, answers);
      if (hiddenQuestionIds.length === 0) return record(context, answers);
      return { ...settled, pendingChange: { questionId, record: answer, hiddenQuestionIds } };
    },

    confirmChange: (context: WalkthroughContext): Update =>
      context.pendingChange === null
        ? {}
        : record(
            context,
            withAnswer(context, context.pendingChange.questionId, context.pendingChange.record),
          ),

    /** Keeping the old answer goes on as if it had been given again; with no old answer the question stays. */
    cancelChange: (context: WalkthroughContext): Update =>
      context.currentQuestionId !== null && Object.hasOwn(context.answers, context.currentQuestionId)
        ? advance(context)
        : { ...settled },

    /** From a question, the one before it; from review, the question the person left to open it. */
    moveBack: (context: WalkthroughContext): Update => {
      if (context.currentQuestionId !== null)
        return {
          ...settled,
          currentQuestionId: questionBefore(definition, context.answers, context.currentQuestionId),
        };
      const place = context.resumeQuestionId;
      const stillShown = place !== null && isVisibleQuestion(definition, context.answers, place);
      return {
        ...settled,
        currentQuestionId: stillShown ? place : lastVisibleQuestion(definition, context.answers),
      };
    },

    moveTo: (params: { questionId: string; returnToReview: boolean }): Update => ({
      ...settled,
      currentQuestionId: params.questionId,
      returnToReview: params.returnToReview,
    }),

    moveToNextUnanswered: (context: WalkthroughContext): Update => ({
      ...settled,
      currentQuestionId: nextUnansweredQuestion(definition, context.answers, context.currentQuestionId),
      returnToReview: false,
    }),

    rememberPlace: (context: WalkthroughContext): Update => ({ resumeQuestionId: context.currentQuestionId }),

    leaveQuestions: (): Update => ({ ...settled, currentQuestionId: null, returnToReview: false }),

    rejectAnswer: (context: WalkthroughContext, value: AnswerValue): Update => {
      const checked = check(context, value);
      const expected = checked?.success === false ? checked.expected : '';
      return { error: invalidAnswerError(context.currentQuestionId ?? '', expected) };
    },

    rejectSkip: (context: WalkthroughContext): Update => {
      const question = currentQuestion(context);
      const expected = question === undefined ? '' : expectedAnswer(definition, question);
      return { error: requiredError(context.currentQuestionId ?? '', expected) };
    },

    rejectQuestion: (questionId: string): Update => ({
      error:
        findQuestion(definition, questionId) === undefined
          ? unknownQuestionError(questionId)
          : hiddenQuestionError(questionId),
    }),

    rejectSubmit: (context: WalkthroughContext): Update => ({
      error: incompleteError(missingAnswers(definition, context.answers)),
    }),

    rejectChange: (context: WalkthroughContext): Update => ({
      error: noChangeError(context.currentQuestionId),
    }),
  };
}
