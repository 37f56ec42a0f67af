import { z } from 'zod';
import { answersSchema } from '../questionnaires/answers.ts';
import { questionNotesSchema } from '../questionnaires/question-notes.ts';
import { assessmentResultSchema } from '../scoring/result-schema.ts';
import { reportFrameworkSchema } from './report-frameworks-schema.ts';
import { type ReportModel, reportModelSchema } from './report-model.ts';

/**
 * The JSON export: the report model (ids included, so machines can follow every reference), with
 * the recorded answers, notes and the result with its traces at the top, where a re-import, a
 * re-score or an audit script finds them.
 */
export const reportJsonSchema = reportModelSchema
  .omit({ recorded: true })
  .extend({
    format: z.literal('raia-report'),
    formatVersion: z.literal(2),
    answers: answersSchema,
    notes: questionNotesSchema,
    result: assessmentResultSchema,
    frameworks: z.array(reportFrameworkSchema).optional(),
  })
  .strict();
export type ReportJson = z.infer<typeof reportJsonSchema>;

export function renderReportJson(model: ReportModel): string {
  const { recorded, ...report } = model;
  const document: ReportJson = { format: 'raia-report', formatVersion: 2, ...report, ...recorded };
  return `${JSON.stringify(document, null, 2)}\n`;
}
