import { z } from 'zod';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { type VisibleQuestion, visibleQuestions } from '../questionnaires/visible-questions.ts';
import { type PossibleQuestion, possibleQuestions } from './possible-questions.ts';
import type { WalkthroughContext } from './walkthrough-context.ts';
import { definitionOrder } from './walkthrough-navigation.ts';

/** How far a walkthrough has come; the reply carries it, with its label, as `progress`. */
export const walkthroughProgressSchema = z.object({
  questionnaireId: z.string(),
  /** Shown questions with an answer: an answer kept for a hidden question does not count. */
  answered: z.number().int().min(0),
  /** The questions that can still apply given the answers so far (see `possibleQuestions`). */
  total: z.number().int().min(0),
  /** True while some of `total` may still be ruled out by answers to come: say "up to". */
  upTo: z.boolean(),
  /** The question being asked, numbered as the review list numbers it; null outside `asking`. */
  position: z.number().int().min(1).nullable(),
  section: z.object({ id: z.string(), title: z.string(), index: z.number().int(), count: z.number().int() }),
});
export type WalkthroughProgress = z.infer<typeof walkthroughProgressSchema>;

/** The question being asked, with its section and 0-based position among visible questions; null outside `asking`. */
export function currentQuestion(
  definition: Questionnaire,
  context: WalkthroughContext,
): VisibleQuestion | null {
  return (
    visibleQuestions(definition, context.answers).find(
      ({ question }) => question.id === context.currentQuestionId,
    ) ?? null
  );
}

/**
 * The questions that can still apply. Unanswered questions from the walk's place on are open: the current
 * question while walking, the place review was opened from (or the end) while reviewing or editing from
 * review, everything before the start. Using the same place in review and in the question it was opened
 * from keeps the total from jumping between them.
 */
export function applicableQuestions(
  definition: Questionnaire,
  context: WalkthroughContext,
): PossibleQuestion[] {
  return possibleQuestions(definition, context.answers, stillAnswerable(definition, context));
}

/**
 * Whether an unanswered question may still get an answer on this walk: it lies at or after the
 * place the person has reached, and the walk is not submitted. A question passed (skipped, or
 * hidden when the person went by) may not, until the person goes back to it.
 */
export function stillAnswerable(
  definition: Questionnaire,
  context: WalkthroughContext,
): (questionId: string) => boolean {
  const order = definitionOrder(definition);
  const placeOf = (questionId: string | null) =>
    questionId === null ? Number.POSITIVE_INFINITY : (order.get(questionId) ?? Number.POSITIVE_INFINITY);
  const place =
    context.startedAt === null
      ? 0
      : context.completedAt !== null
        ? Number.POSITIVE_INFINITY
        : context.currentQuestionId !== null && !context.returnToReview
          ? placeOf(context.currentQuestionId)
          : placeOf(context.resumeQuestionId);
  return (questionId) => !Object.hasOwn(context.answers, questionId) && (order.get(questionId) ?? 0) >= place;
}

/**
 * Answered counts shown questions; total counts the questions that can still apply, so on a walk that only
 * moves forward it never grows. The section is the current question's, its 0-based `index` among sections
 * with a question that can apply; before the start it is the first such section and after the last question
 * the last one.
 */
export function walkthroughProgress(
  definition: Questionnaire,
  context: WalkthroughContext,
): WalkthroughProgress {
  const shown = visibleQuestions(definition, context.answers);
  const applicable = applicableQuestions(definition, context);
  const sections = [...new Set(applicable.map(({ section }) => section))];
  const current = shown.find(({ question }) => question.id === context.currentQuestionId);
  const section =
    current?.section ??
    (context.startedAt === null ? sections[0] : sections.at(-1)) ??
    definition.sections[0];
  return {
    questionnaireId: definition.id,
    answered: shown.filter(({ question }) => Object.hasOwn(context.answers, question.id)).length,
    total: applicable.length,
    upTo: applicable.some(({ certain }) => !certain),
    position: current === undefined ? null : current.index + 1,
    section: {
      id: section?.id ?? '',
      title: section?.title ?? '',
      index: section === undefined ? 0 : Math.max(0, sections.indexOf(section)),
      count: sections.length,
    },
  };
}
