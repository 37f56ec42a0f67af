import { isUnsure } from '../questionnaires/answers.ts';
import { answerRecord } from '../scoring/counted-questions.ts';
import { formatReportTime } from './format-report-time.ts';
import { importSentence } from './import-sentence.ts';
import { type RecordSource, shownAnswerText } from './question-records.ts';
import type { ReportBundle } from './report-bundle.ts';
import type { ReportRecord } from './report-model.ts';

/** A recorded, shown answer in words, or null when there is none to print. */
function answerText(source: RecordSource, questionId: string): string | null {
  const record = answerRecord(source.answers, questionId);
  if (record === undefined || isUnsure(record.value)) return null;
  return shownAnswerText(source, questionId) ?? null;
}

/** The title page of a report: agency, system and owner, stage, assessors, date and questionnaire. */
export function buildReportRecord(
  bundle: ReportBundle,
  source: RecordSource,
  options: { agency?: string | undefined; timeZone: string },
): ReportRecord {
  const { definition, meta } = bundle;
  const timeText = (iso: string) => formatReportTime(iso, options.timeZone).text;
  const generated = formatReportTime(meta.generatedAt, options.timeZone);
  const system =
    definition.scoring.kind === 'risk'
      ? {
          name: meta.systemName ?? answerText(source, 'system-name'),
          owner: answerText(source, 'system-owner'),
          lifecycleStage: answerText(source, 'lifecycle-stage'),
        }
      : null;
  return {
    agency: options.agency ?? null,
    system,
    assessors: meta.answeredBy ?? [],
    imports: (meta.imports ?? []).map((entry) => importSentence(entry, timeText)),
    generated: {
      at: meta.generatedAt,
      text: generated.text,
      date: generated.date,
      timeZone: options.timeZone,
    },
    questionnaire: { id: definition.id, version: definition.version, title: definition.title },
    sessionId: meta.sessionId ?? null,
  };
}
