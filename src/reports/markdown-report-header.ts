import { escapeMarkdown } from './escape-markdown.ts';
import { importSentence } from './import-sentence.ts';
import { type ReportBundle, reportDisclaimer } from './report-bundle.ts';

/** Title, what was assessed, when, by whom (or imported from which file), against which definition version, and the disclaimer. */
export function markdownReportHeader(bundle: ReportBundle): string[] {
  const { definition, meta } = bundle;
  const facts = [
    meta.systemName === undefined ? undefined : `- System: ${escapeMarkdown(meta.systemName)}`,
    `- Questionnaire: ${escapeMarkdown(definition.id)}, version ${escapeMarkdown(definition.version)}`,
    `- Generated: ${escapeMarkdown(meta.generatedAt)}`,
    meta.answeredBy === undefined || meta.answeredBy.length === 0
      ? undefined
      : `- Answered by: ${meta.answeredBy.map(escapeMarkdown).join(', ')}`,
    ...(meta.imports ?? []).map((entry) => `- Imported: ${escapeMarkdown(importSentence(entry))}`),
    meta.sessionId === undefined ? undefined : `- Session: ${escapeMarkdown(meta.sessionId)}`,
  ].filter((line) => line !== undefined);
  return [
    `# ${escapeMarkdown(definition.title)}`,
    '',
    ...facts,
    '',
    `> ${escapeMarkdown(reportDisclaimer)}`,
    '',
  ];
}
