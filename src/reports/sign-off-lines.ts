import type { SignOff } from './report-parts-schema.ts';

/**
 * The sign-off block every filed assessment needs. Names, roles and dates stay empty (lines to
 * fill in by hand) until a sign-off workflow records them (issue 17).
 */
export function signOffLines(kind: 'risk' | 'readiness'): SignOff[] {
  const accepts =
    kind === 'risk'
      ? 'Accepts the remaining risks and the actions on behalf of the agency.'
      : 'Accepts the findings and the next steps on behalf of the agency.';
  const empty = { name: null, role: null, date: null };
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
      ...empty,
    },
    { duty: 'approver', title: 'Approved by', description: accepts, ...empty },
  ];
}
