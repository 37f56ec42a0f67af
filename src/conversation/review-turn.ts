import type { Result } from '../app-error.ts';
import type { Actor } from '../questionnaires/answers.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { TurnOutcome } from './apply-turn.ts';
import { clearStaleDecisions } from './clear-stale-decisions.ts';
import { resolveAnsweredAssignments } from './resolve-answered-assignments.ts';
import type { SessionData } from './session-data.ts';
import { signedChangeRefusal } from './signed-change-refusal.ts';

export type ReviewTurnContext = {
  at: string;
  actor: Actor | undefined;
  questionnaires: QuestionnaireRegistry;
  /** The zone a refusal writes the sign-off's date in (RAIA_TIME_ZONE). */
  timeZone: string;
};

/**
 * The agency process's rules over one turn's outcome, before it is saved: a turn that would change
 * a signed questionnaire is refused whole (signed-change-refusal.ts), and an answer resolves its
 * question's assignment (resolve-answered-assignments.ts), and reopening a questionnaire withdraws its
 * decision (clear-stale-decisions.ts).
 */
export function reviewTurn(
  before: SessionData,
  outcome: TurnOutcome,
  context: ReviewTurnContext,
): Result<TurnOutcome> {
  const { at, actor, questionnaires, timeZone } = context;
  const refused = signedChangeRefusal(before, outcome.data, questionnaires, timeZone);
  if (refused !== undefined) return { success: false, error: refused };
  const resolved = resolveAnsweredAssignments(before, outcome, { at, actor }, questionnaires);
  return { success: true, data: clearStaleDecisions(before, resolved, { at, actor }, questionnaires) };
}
