import type { ReportModel } from './report-model.ts';

/** A title-page field: its label and value, or null for a line left to fill in. */
export type RecordLine = { label: string; value: string | null };

/**
 * The title page's fields in the order every format prints them. Empty fields stay in the list,
 * printed as lines to fill in, so a filed copy shows what is missing rather than hiding it.
 */
export function recordLines(model: ReportModel): RecordLine[] {
  const { record } = model;
  const joined = (names: readonly string[]) => (names.length === 0 ? null : names.join(', '));
  return [
    { label: 'Agency', value: record.agency },
    ...(record.system === null
      ? []
      : [
          { label: 'System', value: record.system.name },
          { label: 'System owner', value: record.system.owner },
          { label: 'Life-cycle stage', value: record.system.lifecycleStage },
        ]),
    // Imported answers have no assessor RAIA saw: the file's names stay claims, in the next lines.
    ...(record.assessors.length === 0 && record.imports.length > 0
      ? []
      : [{ label: 'Assessors', value: joined(record.assessors) }]),
    ...record.imports.map((sentence) => ({ label: 'Imported answers', value: sentence })),
    { label: 'Date and time', value: record.generated.text },
    {
      label: 'Questionnaire',
      value: `${record.questionnaire.title} (${record.questionnaire.id}), version ${record.questionnaire.version}`,
    },
    // The banner above the title gives the draft's full reason; the field keeps the short mark.
    { label: 'Status', value: model.status.draft ? model.status.mark : model.status.text },
  ];
}

/** What an empty field prints as: a line long enough to write on. */
export const fillInLine = '______________________________';
