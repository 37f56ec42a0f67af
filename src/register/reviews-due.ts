import type { SystemRecord } from './system-record-schema.ts';

/** Why a system's assessment should be repeated now (the Toolkit repeats it over the life cycle). */
export type ReviewReason =
  | { kind: 'never-assessed' }
  | { kind: 'not-signed-off' }
  | { kind: 'review-date-passed'; date: string }
  | { kind: 'stage-changed'; from: string; to: string; at: string }
  | { kind: 'incident'; at: string; incidentId: string };

/** The latest signed-off risk assessment of a system: when, and at which stage the system was then. */
export type LatestSignOff = { sessionId: string; at: string } | null;

/**
 * What is due for a system, given its latest sign-off and today's date (`YYYY-MM-DD` in the
 * agency's zone). Pure: the register page, the API and team chat all show the same reasons.
 * A retired system is never due.
 */
export function reviewsDue(
  system: SystemRecord,
  latest: LatestSignOff,
  today: string,
  hasAssessment: boolean,
): ReviewReason[] {
  if (system.status === 'retired' || system.lifecycleStage === 'retired') return [];
  const reasons: ReviewReason[] = [];
  if (!hasAssessment) reasons.push({ kind: 'never-assessed' });
  else if (latest === null) reasons.push({ kind: 'not-signed-off' });
  if (system.nextReviewDate !== null && system.nextReviewDate <= today)
    reasons.push({ kind: 'review-date-passed', date: system.nextReviewDate });
  if (latest !== null) {
    const stageThen = stageAt(system, latest.at);
    if (stageThen !== undefined && stageThen !== system.lifecycleStage) {
      const changedAt = system.stageHistory.at(-1)?.at ?? latest.at;
      reasons.push({ kind: 'stage-changed', from: stageThen, to: system.lifecycleStage, at: changedAt });
    }
    for (const incident of system.incidents) {
      if (incident.at > latest.at)
        reasons.push({ kind: 'incident', at: incident.at, incidentId: incident.id });
    }
  }
  return reasons;
}

/** The stage the system was in at an instant: the last stage entered at or before it. */
function stageAt(system: SystemRecord, at: string): string | undefined {
  let stage: string | undefined = system.stageHistory[0]?.stage;
  for (const entry of system.stageHistory) if (entry.at <= at) stage = entry.stage;
  return stage;
}

export function describeReviewReason(reason: ReviewReason): string {
  switch (reason.kind) {
    case 'never-assessed':
      return 'No risk assessment yet.';
    case 'not-signed-off':
      return 'The latest assessment is not signed off.';
    case 'review-date-passed':
      return `The review date ${reason.date} has come.`;
    case 'stage-changed':
      return `The system moved from ${reason.from} to ${reason.to} since the last sign-off.`;
    case 'incident':
      return `An incident was recorded after the last sign-off (${reason.at.slice(0, 10)}).`;
    default:
      return reason satisfies never;
  }
}
