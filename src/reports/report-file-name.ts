import type { ReportModel } from './report-model.ts';

/**
 * Lowercase ASCII letters and digits joined by hyphens: accents are dropped, anything else
 * (quotes, slashes, dots, line breaks) separates words, so the name is safe on every file system
 * and in a Content-Disposition header.
 */
export function fileSlug(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/**
 * `risk-cctv-face-match-2026-12-01.html`: the questionnaire, what was assessed (the system; for an
 * organisational assessment the agency, when known) and the date in the report's time zone.
 */
export function reportFileName(model: ReportModel, extension: string): string {
  const { record } = model;
  const subject =
    record.system === null
      ? fileSlug(record.agency ?? '')
      : record.system.name === null
        ? 'unnamed-system'
        : fileSlug(record.system.name) || 'system';
  const parts = [fileSlug(record.questionnaire.id) || 'report', subject, record.generated.date].filter(
    (part) => part !== '',
  );
  return `${parts.join('-')}.${extension}`;
}

/** `fria-live-facial-recognition-van-2026-12-01.docx`: the document, the system and the date. */
export function frameworkDocumentFileName(
  document: { documentId: string; system: string | null; generated: { date: string } },
  extension: string,
): string {
  const subject = document.system === null ? 'unnamed-system' : fileSlug(document.system) || 'system';
  return `${[fileSlug(document.documentId) || 'document', subject, document.generated.date].join('-')}.${extension}`;
}
