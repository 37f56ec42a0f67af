import { z } from 'zod';
import { answersSchema } from '../questionnaires/answers.ts';
import { questionNotesSchema } from '../questionnaires/question-notes.ts';
import { assessmentResultSchema } from '../scoring/result-schema.ts';
import { type ReportBundle, reportDisclaimer, reportMetaSchema } from './report-bundle.ts';

/** The JSON export: complete result with traces, the answers, and which definition version produced them. */
export const reportJsonSchema = z
  .object({
    format: z.literal('raia-report'),
    formatVersion: z.literal(1),
    definition: z
      .object({ id: z.string(), version: z.string(), title: z.string(), source: z.string() })
      .strict(),
    meta: reportMetaSchema,
    disclaimer: z.string(),
    answers: answersSchema,
    /** Notes and evidence per question (absent from reports made before notes existed). */
    notes: questionNotesSchema.optional(),
    result: assessmentResultSchema,
  })
  .strict();
export type ReportJson = z.infer<typeof reportJsonSchema>;

export function renderReportJson(bundle: ReportBundle): string {
  const { definition } = bundle;
  const document: ReportJson = {
    format: 'raia-report',
    formatVersion: 1,
    definition: {
      id: definition.id,
      version: definition.version,
      title: definition.title,
      source: definition.source,
    },
    meta: bundle.meta,
    disclaimer: reportDisclaimer,
    answers: bundle.answers,
    ...(bundle.notes === undefined || Object.keys(bundle.notes).length === 0 ? {} : { notes: bundle.notes }),
    result: bundle.result,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
