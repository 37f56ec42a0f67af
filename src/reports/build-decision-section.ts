import { assessmentDecisionLabels } from './assessment-decision-label.ts';
import { formatReportTime } from './format-report-time.ts';
import type { ReportDecision, ReportDecisionRecord } from './report-decision-schema.ts';

/**
 * The "Decision" section of a risk report: null while no decision is recorded. Undefined for a
 * readiness report, which assesses the organisation and ends in no deployment decision.
 */
export function buildDecisionSection(
  kind: 'risk' | 'readiness',
  record: ReportDecisionRecord | undefined,
  timeZone: string,
): ReportDecision | null | undefined {
  if (kind !== 'risk') return undefined;
  if (record === undefined) return null;
  const { decidedBy } = record;
  return {
    ...record,
    decisionText: assessmentDecisionLabels[record.decision],
    decidedByText: `${
      decidedBy === null ? 'Not named (recorded without signing in)' : (decidedBy.name ?? decidedBy.id)
    }${record.imported === true ? ', as the imported file records it; RAIA did not see it decided' : ''}`,
    atText: formatReportTime(record.at, timeZone).text,
  };
}
