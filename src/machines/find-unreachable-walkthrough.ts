import { validateAnswer } from '../questionnaires/validate-answer.ts';
import { replayAnswers } from './persist-walkthrough.ts';
import {
  type WalkthroughMachine,
  type WalkthroughSnapshot,
  walkthroughDefinition,
} from './walkthrough-machine.ts';
import { findQuestion, isVisibleQuestion, missingAnswers } from './walkthrough-navigation.ts';

/**
 * Why no conversation could have led the walkthrough to this snapshot, in words, or undefined if
 * one could. `restoreWalkthrough` checks a snapshot against the definition; this checks it against
 * the machine, with the answer log replayed (`replayAnswers`) as the reference: a snapshot from a
 * file must be one the machine can reach, or its answers and scores mean nothing.
 */
export function findUnreachableWalkthrough(
  machine: WalkthroughMachine,
  snapshot: WalkthroughSnapshot,
): string | undefined {
  const definition = walkthroughDefinition(machine);
  if (definition === undefined) return 'the questionnaire machine is unknown';
  const { context } = snapshot;
  const value = String(snapshot.value);
  const answerIds = Object.keys(context.answers);
  // Every answer and every state but the intro comes after `walkthrough.start`, which sets startedAt.
  if (context.startedAt === null && (value !== 'intro' || answerIds.length > 0))
    return 'it holds answers or a position, but the walkthrough was never started';
  const current = context.currentQuestionId;
  if (current !== null && !isVisibleQuestion(definition, context.answers, current))
    return `its current question "${current}" does not apply given its own answers`;
  if (context.returnToReview && value !== 'asking')
    return 'it is set to return to the review while not asking a question';
  const explained = context.explainedQuestionId;
  if (explained !== null && findQuestion(definition, explained) === undefined)
    return `it names an explained question the questionnaire does not have ("${explained}")`;
  const proposal = context.pendingProposal;
  const proposed = proposal === null ? undefined : findQuestion(definition, proposal.questionId);
  if (
    proposal !== null &&
    (proposed === undefined || !validateAnswer(definition, proposed, proposal.value).success)
  )
    return `its proposed answer to "${proposal.questionId}" is not a possible answer`;

  const replayed = replayAnswers(machine, context.answers);
  for (const id of answerIds) {
    const stored = context.answers[id];
    const again = Object.hasOwn(replayed.context.answers, id) ? replayed.context.answers[id] : undefined;
    // The machine stores answers normalised (text trimmed, choices in definition order).
    if (again === undefined || JSON.stringify(again.value) !== JSON.stringify(stored?.value))
      return `the answer to "${id}" is not in the form RAIA stores`;
  }
  // Replaying stops at the first required question without an answer; submitting needs none left.
  if (value === 'completed' && replayed.value !== 'review') {
    const missing =
      missingAnswers(definition, context.answers)[0] ?? replayed.context.currentQuestionId ?? '';
    return `the walkthrough is marked completed, but the required question "${missing}" has no answer`;
  }
  return undefined;
}
