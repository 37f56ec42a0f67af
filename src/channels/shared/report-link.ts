import type { Reply } from '../../conversation/reply.ts';

/** A link a team-chat message offers once a questionnaire is completed. */
export type ReportLink = { label: string; url: string };

/**
 * The full HTML report of a session, linked from team-chat messages once a questionnaire is
 * completed. Only with RAIA_PUBLIC_URL: without it RAIA cannot know the address people can reach.
 */
export function reportLink(publicUrl: string | undefined, sessionId: string): string | undefined {
  if (publicUrl === undefined) return undefined;
  return `${publicUrl}/api/sessions/${encodeURIComponent(sessionId)}/report?format=html`;
}

/**
 * The completed card's links: the full report, then each document a framework pack drafts for
 * the assessment (the EU AI Act's FRIA) as a page and as a Word file to file. None without
 * RAIA_PUBLIC_URL or before the questionnaire is completed.
 */
export function reportLinks(
  publicUrl: string | undefined,
  sessionId: string,
  report: Reply['report'],
): ReportLink[] {
  const url = reportLink(publicUrl, sessionId);
  if (url === undefined || report === null) return [];
  const session = `${publicUrl}/api/sessions/${encodeURIComponent(sessionId)}`;
  return [
    { label: 'Open the full report', url },
    ...(report.documents ?? []).flatMap(({ packId, documentId, title }) => {
      const path = `${session}/documents/${encodeURIComponent(packId)}/${encodeURIComponent(documentId)}`;
      return [
        { label: `Open: ${title}`, url: `${path}?format=html` },
        { label: `Word: ${title}`, url: `${path}?format=docx` },
      ];
    }),
  ];
}
