import { formatReportTime } from './format-report-time.ts';
import type { ReportSignOff } from './report-bundle.ts';
import type { SignOff } from './report-parts-schema.ts';
import { signOffDecisionLabels } from './sign-off-decision-label.ts';

/**
 * The sign-off block every filed assessment needs. Names, roles and dates stay empty (lines to
 * fill in by hand) until the assessment is signed off in RAIA: then the reviewer's line carries
 * who signed, in which role, when, the decision, the note and the hash of what was signed. The
 * assessor's and approver's lines stay for the agency's own hand.
 */
export function signOffLines(
  kind: 'risk' | 'readiness',
  signOff?: ReportSignOff | undefined,
  timeZone = 'UTC',
): SignOff[] {
  const accepts =
    kind === 'risk'
      ? 'Accepts the remaining risks and the actions on behalf of the agency.'
      : 'Accepts the findings and the next steps on behalf of the agency.';
  const empty = { name: null, role: null, date: null };
  const reviewed =
    signOff === undefined
      ? empty
      : {
          name: signOff.signatory.name ?? signOff.signatory.id,
          role: signOff.role,
          date: formatReportTime(signOff.at, timeZone).text,
          signed: {
            signatoryId: signOff.signatory.id,
            decision: signOff.decision,
            decisionText: signOffDecisionLabels[signOff.decision],
            note: signOff.note.trim() === '' ? null : signOff.note,
            at: signOff.at,
            contentHash: signOff.contentHash,
            ...(signOff.imported === true ? { imported: true as const } : {}),
          },
        };
  return [
    {
      duty: 'assessor',
      title: 'Assessed by',
      description: 'Carried out the assessment and confirms the answers as recorded.',
      ...empty,
    },
    {
      duty: 'reviewer',
      title: 'Reviewed by',
      description: 'Checked the assessment, for example as legal adviser or data protection officer.',
      ...reviewed,
    },
    { duty: 'approver', title: 'Approved by', description: accepts, ...empty },
  ];
}
