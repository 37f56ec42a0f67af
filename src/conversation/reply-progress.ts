import { type WalkthroughProgress, walkthroughProgress } from '../machines/progress.ts';
import type { WalkthroughContext } from '../machines/walkthrough-context.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { Progress } from './reply.ts';

/**
 * The one progress every channel shows: the card's heading, the page's bar, the terminal line and the
 * team-chat line all render `label`, never a count of their own, so they cannot disagree.
 */
export function replyProgress(definition: Questionnaire, context: WalkthroughContext): Progress {
  const progress = walkthroughProgress(definition, context);
  return { ...progress, label: progressLabel(progress) };
}

/** "Question 5 of up to 80 · Section 2 of 6: Lawfulness", or "12 of 47 questions answered" outside a question. */
export function progressLabel(progress: WalkthroughProgress): string {
  if (progress.position === null) return answeredLabel(progress);
  const total = `${progress.upTo ? 'up to ' : ''}${progress.total}`;
  const { section } = progress;
  const where =
    section.count > 1 ? `Section ${section.index + 1} of ${section.count}: ${section.title}` : section.title;
  return `Question ${progress.position} of ${total} · ${where}`;
}

/** "12 of up to 47 questions answered", or "All 47 questions answered". */
export function answeredLabel(progress: WalkthroughProgress): string {
  if (!progress.upTo && progress.answered === progress.total)
    return progress.total === 1 ? 'The 1 question is answered' : `All ${progress.total} questions answered`;
  const total = `${progress.upTo ? 'up to ' : ''}${progress.total}`;
  return `${progress.answered} of ${total} question${progress.total === 1 ? '' : 's'} answered`;
}
