import type { AssessmentSummary, Assistant } from '../conversation/assistant.ts';
import { describeReviewReason, type ReviewReason, reviewsDue } from '../register/reviews-due.ts';
import type { AssessmentLink, SystemRecord } from '../register/system-record-schema.ts';

/** A system as the register lists it: its record, where its assessments stand, and what is due. */
export type SystemOverview = {
  system: SystemRecord;
  /** The newest risk assessment, whatever its state. */
  latest: AssessmentSummary | null;
  /** The newest signed-off one: what the agency has accepted. */
  latestSignedOff: AssessmentSummary | null;
  /** The latest assessment's level (its risk level so far when not finished). */
  level: AssessmentSummary['level'];
  openItems: number;
  waiting: number;
  nextReviewDate: string | null;
  due: ReviewReason[];
  /** The reasons in words, for the page and team chat. */
  dueText: string[];
};

/** Today in the agency's zone, `YYYY-MM-DD`: review dates are calendar days there. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * An assessment's summary for the register, or null when its session is gone (erased, or deleted
 * by hand): the register keeps the link, and a list must not fail over it. A store failure is not
 * a missing session and is thrown.
 */
export async function summarizeLink(
  assistant: Assistant,
  link: Pick<AssessmentLink, 'sessionId' | 'questionnaireId'>,
): Promise<AssessmentSummary | null> {
  const summary = await assistant.summarizeAssessment(link.sessionId, link.questionnaireId);
  if (summary.success) return summary.data;
  if (summary.error.code === 'not-found' || summary.error.code === 'bad-request') return null;
  throw summary.error;
}

/**
 * Summarises the system's risk assessments newest first until a signed one is found: a system has
 * a handful, and what lies before the latest sign-off changes nothing the register shows.
 */
export async function systemOverview(
  assistant: Assistant,
  system: SystemRecord,
  today: string,
): Promise<SystemOverview> {
  const summaries: AssessmentSummary[] = [];
  for (const link of riskLinksNewestFirst(system)) {
    const summary = await summarizeLink(assistant, link);
    if (summary === null) continue;
    summaries.push(summary);
    if (summary.signOff !== null) break;
  }
  return overviewFrom(system, summaries, today);
}

export function riskLinksNewestFirst(system: SystemRecord): AssessmentLink[] {
  return system.assessments.filter((link) => link.questionnaireId === 'risk').reverse();
}

/** The overview from the system's risk assessment summaries, newest first (pure). */
export function overviewFrom(
  system: SystemRecord,
  summariesNewestFirst: readonly AssessmentSummary[],
  today: string,
): SystemOverview {
  const latest = summariesNewestFirst[0] ?? null;
  const latestSignedOff = summariesNewestFirst.find((summary) => summary.signOff !== null) ?? null;
  const signOff = latestSignedOff?.signOff ?? null;
  const due = reviewsDue(
    system,
    signOff === null || latestSignedOff === null
      ? null
      : { sessionId: latestSignedOff.sessionId, at: signOff.at },
    today,
    latest !== null,
  );
  return {
    system,
    latest,
    latestSignedOff,
    level: latest?.level ?? null,
    openItems: latest?.openItems ?? 0,
    waiting: latest?.waiting ?? 0,
    nextReviewDate: system.nextReviewDate,
    due,
    dueText: due.map(describeReviewReason),
  };
}
