import { AppError } from '../app-error.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { formatReportTime } from '../reports/format-report-time.ts';
import { signOffDecisionLabels } from '../reports/sign-off-decision-label.ts';
import { isSameJson } from './is-same-json.ts';
import { loadWalkthrough } from './load-walkthrough.ts';
import {
  type AssessmentRecord,
  findAssessment,
  type SessionData,
  type SignOffRecord,
} from './session-data.ts';

/** A questionnaire's sign-off, if it has one (own properties only, like `findAssessment`). */
export function findSignOff(data: SessionData, questionnaireId: string): SignOffRecord | undefined {
  const signOffs = data.signOffs ?? {};
  return Object.hasOwn(signOffs, questionnaireId) ? signOffs[questionnaireId] : undefined;
}

/** "on 1 December 2026, 18:26 UTC by Insp. Dana Reyes (approved with conditions)". */
export function describeSignOff(signOff: SignOffRecord, timeZone: string): string {
  const by = signOff.signatory.name ?? signOff.signatory.id;
  const decision = signOffDecisionLabels[signOff.decision].toLowerCase();
  return `on ${formatReportTime(signOff.at, timeZone).text} by ${by} (${decision})`;
}

/** Why a signed questionnaire cannot change, and what to do instead. */
export function signedOffMessage(signOff: SignOffRecord, timeZone: string): string {
  return `This assessment was signed off ${describeSignOff(signOff, timeZone)}, so it can no longer change. To assess the system again, start a reassessment.`;
}

/**
 * The refusal of a turn that would change a signed questionnaire, or undefined. Judged on the
 * outcome rather than on the intent, so no path (an answer, a note, a restart, reopening, a held
 * proposal, one added later) can slip past: what a sign-off vouches for, and whether it is
 * completed, must be the same after the turn as before. Moving about and reading stay allowed.
 */
export function signedChangeRefusal(
  before: SessionData,
  after: SessionData,
  questionnaires: QuestionnaireRegistry,
  timeZone: string,
): AppError | undefined {
  for (const [questionnaireId, signOff] of Object.entries(before.signOffs ?? {})) {
    const was = findAssessment(before, questionnaireId);
    const now = findAssessment(after, questionnaireId);
    // Most turns leave other questionnaires' records as they were: the same object.
    if (was === now) continue;
    if (!isSameJson(frozenContent(was, questionnaires), frozenContent(now, questionnaires)))
      return new AppError('conflict', signedOffMessage(signOff, timeZone));
  }
  return undefined;
}

function frozenContent(record: AssessmentRecord | undefined, questionnaires: QuestionnaireRegistry): unknown {
  if (record === undefined) return null;
  const loaded = loadWalkthrough(questionnaires, record);
  // A record that cannot be read is compared whole: any change to it counts.
  if (!loaded.success) return { unreadable: record };
  const { value, context } = loaded.data.snapshot;
  const { answers, notes, completedAt, pendingProposal, pendingChange } = context;
  const { definitionId, version } = record;
  return { definitionId, version, value, answers, notes, completedAt, pendingProposal, pendingChange };
}
