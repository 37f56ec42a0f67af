import type { SignOff } from './report-parts-schema.ts';

/** A field of a sign-off block: its label and value, or null for a line to fill in by hand. */
export type SignOffRow = { label: string; value: string | null };

/**
 * The fields of one sign-off block, in the order every format prints them. A line signed off in
 * RAIA also carries the decision, the note and the content hash, which is what makes a printed
 * copy checkable against RAIA's record and the JSON report.
 */
export function signOffRows(entry: SignOff): SignOffRow[] {
  const person: SignOffRow[] = [
    { label: 'Name', value: entry.name },
    { label: 'Role', value: entry.role },
    { label: 'Date', value: entry.date },
  ];
  const { signed } = entry;
  if (signed === undefined) return [...person, { label: 'Signature', value: null }];
  return [
    ...person,
    { label: 'Decision', value: signed.decisionText },
    ...(signed.note === null ? [] : [{ label: 'Note', value: signed.note }]),
    {
      label: 'Signature',
      value:
        signed.imported === true
          ? `Signed off by user ${signed.signatoryId}, as the imported file records it; RAIA did not see it signed`
          : `Signed off in RAIA by user ${signed.signatoryId}`,
    },
    {
      label: 'Content hash',
      value: `${signed.contentHash} (SHA-256 of the RFC 8785 JSON of the questionnaire id, version, answers, notes and result signed, and the decision when one was recorded; the JSON report carries each)`,
    },
  ];
}
