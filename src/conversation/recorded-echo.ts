import { findQuestion } from '../machines/walkthrough-navigation.ts';
import { answerRecord } from '../scoring/counted-questions.ts';
import type { LoadedWalkthrough } from './load-walkthrough.ts';
import { numberedAnswer } from './numbered-answer.ts';
import { proposalTexts } from './proposal-view.ts';
import type { DraftMessage } from './reply-parts.ts';

/**
 * "Recorded: 2. It suggests or ranks options …": said whenever a turn recorded or changed the answer
 * to `questionId` (a click, an exact typed answer, a confirmed proposal), so nothing is recorded
 * that the person did not see. Undefined when that answer did not change.
 */
export function recordedEcho(
  before: LoadedWalkthrough,
  after: LoadedWalkthrough,
  questionId: string,
): DraftMessage | undefined {
  const previous = answerRecord(before.snapshot.context.answers, questionId);
  const recorded = answerRecord(after.snapshot.context.answers, questionId);
  // The same record object is the same answer: only a new one needs comparing.
  if (recorded === undefined || previous === recorded) return undefined;
  if (JSON.stringify(previous) === JSON.stringify(recorded)) return undefined;
  const question = findQuestion(after.definition, questionId);
  if (question === undefined) return undefined;
  const answer = numberedAnswer(after.definition, question, recorded.value);
  return { kind: 'info', text: `${proposalTexts.recorded} **${answer}**`, citations: [] };
}
