import type { Progress } from '../../conversation/reply.ts';

/** The progress line every channel shows: "Question 4 of 38 · Section: Fairness". */
export function describeProgress(progress: Progress): string {
  const current = Math.min(progress.answered + 1, progress.total);
  const position =
    progress.answered >= progress.total
      ? `All ${progress.total} questions answered`
      : `Question ${current} of ${progress.total}`;
  return `${position} · Section: ${progress.section.title}`;
}
