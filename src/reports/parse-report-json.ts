import { z } from 'zod';
import { type ReportJson, reportJsonSchema } from './render-report-json.ts';

export type ParseReportJsonResult = { success: true; data: ReportJson } | { success: false; error: string };

/** Reads a JSON export back (e.g. to re-import or compare runs), validating every field. */
export function parseReportJson(text: string): ParseReportJsonResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      success: false,
      error: `The report is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const parsed = reportJsonSchema.safeParse(json);
  return parsed.success
    ? { success: true, data: parsed.data }
    : {
        success: false,
        error: `The report does not match the RAIA report format:\n${z.prettifyError(parsed.error)}`,
      };
}
