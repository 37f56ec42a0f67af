import type { AssessmentSummary, Assistant } from '../conversation/assistant.ts';
import { describeReviewReason, type ReviewReason, reviewsDue } from '../register/reviews-due.ts';
import type { SystemRecord } from '../register/system-record-schema.ts';

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
 * Summarises each risk assessment newest first until a signed one is found: a system has a
 * handful, and a deleted session (retention) is passed over rather than failing the list.
 */
export async function systemOverview(
  assistant: Assistant,
  system: SystemRecord,
  today: string,
): Promise<SystemOverview> {
  const risk = system.assessments.filter((link) => link.questionnaireId === 'risk').reverse();
  let latest: AssessmentSummary | null = null;
  let latestSignedOff: AssessmentSummary | null = null;
  for (const link of risk) {
    const summary = await assistant.summarizeAssessment(link.sessionId, link.questionnaireId);
    if (!summary.success) {
      if (summary.error.code === 'not-found' || summary.error.code === 'bad-request') continue;
      throw summary.error;
    }
    latest ??= summary.data;
    if (summary.data.signOff !== null) {
      latestSignedOff = summary.data;
      break;
    }
  }
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
