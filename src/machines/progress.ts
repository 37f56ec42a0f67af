import { z } from 'zod';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { type VisibleQuestion, visibleQuestions } from '../questionnaires/visible-questions.ts';
import type { WalkthroughContext } from './walkthrough-context.ts';

/** How far a walkthrough has come; a reply carries it to the channel as its `progress`. */
export const walkthroughProgressSchema = z.object({
  questionnaireId: z.string(),
  answered: z.number().int().min(0),
  total: z.number().int().min(0),
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
 * Answered and total count only visible questions (a hidden answer is kept but not counted). The section
 * is the current question's, its 0-based `index` among sections with a visible question; before the
 * start it is the first such section and after the last question the last one.
 */
export function walkthroughProgress(
  definition: Questionnaire,
  context: WalkthroughContext,
): WalkthroughProgress {
  const shown = visibleQuestions(definition, context.answers);
  const sections = [...new Set(shown.map(({ section }) => section))];
  const current = shown.find(({ question }) => question.id === context.currentQuestionId)?.section;
  const section =
    current ?? (context.startedAt === null ? sections[0] : sections.at(-1)) ?? definition.sections[0];
  return {
    questionnaireId: definition.id,
    answered: shown.filter(({ question }) => Object.hasOwn(context.answers, question.id)).length,
    total: shown.length,
    section: {
      id: section?.id ?? '',
      title: section?.title ?? '',
      index: section === undefined ? 0 : Math.max(0, sections.indexOf(section)),
      count: sections.length,
    },
  };
}
