/**
 * The full HTML report of a session, linked from team-chat messages once a questionnaire is
 * completed. Only with RAIA_PUBLIC_URL: without it RAIA cannot know the address people can reach.
 */
export function reportLink(publicUrl: string | undefined, sessionId: string): string | undefined {
  if (publicUrl === undefined) return undefined;
  return `${publicUrl}/api/sessions/${encodeURIComponent(sessionId)}/report?format=html`;
}
