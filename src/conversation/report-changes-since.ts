import { type DiffSide, diffAssessments } from '../reports/diff-assessments.ts';
import type { ChangesSource } from '../reports/report-changes-schema.ts';
import { assessmentSide } from './assessment-side.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { loadSessionData } from './load-session-data.ts';
import type { SessionData } from './session-data.ts';

/**
 * For a reassessment's report: the changes since the assessment it started from, or why they
 * cannot be listed (that session was deleted or passed its retention period, or cannot be read:
 * the report is still given). Undefined for a report of anything else.
 */
export async function reportChangesSince(
  internals: Pick<AssistantInternals, 'store' | 'questionnaires' | 'sessions'>,
  data: SessionData,
  after: DiffSide,
): Promise<ChangesSource | undefined> {
  const carried = data.carriedOver;
  if (carried === undefined || carried.questionnaireId !== after.definition.id) return undefined;
  const origin = { fromSessionId: carried.fromSessionId, since: carried.signedAt };
  // A store failure is thrown, not returned: the report fails as any read would.
  const loaded = await loadSessionData(internals.store, carried.fromSessionId, internals.sessions);
  if (!loaded.success) return { kind: loaded.error.code === 'not-found' ? 'gone' : 'unreadable', ...origin };
  const before = assessmentSide(
    internals.questionnaires,
    carried.fromSessionId,
    loaded.data.data,
    carried.questionnaireId,
  );
  if (!before.success) return { kind: 'unreadable', ...origin };
  return { kind: 'compared', ...origin, diff: diffAssessments(before.data, after) };
}
