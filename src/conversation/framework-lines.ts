import { frameworkHeadline, frameworkShortTitle } from '../reports/build-decision-outcomes.ts';
import { buildLegalFrameworks } from '../reports/build-legal-frameworks.ts';
import type { ActivePack } from './evaluate-session-packs.ts';
import { reportFrameworksOf } from './report-frameworks.ts';

/** A document a pack drafts for this assessment, as a reply offers it for download. */
export type OfferedDocument = { packId: string; documentId: string; title: string };

/**
 * The chat's lines for each pack that applies: its title, marked as RAIA's reading and not the
 * Toolkit's, and the same headline the report prints beside the decision (one wording for both).
 */
export function frameworkLines(
  active: readonly ActivePack[],
  prompt: (questionId: string) => string | null,
): string[] {
  if (active.length === 0) return [];
  return [
    '',
    '**Legal frameworks** (RAIA’s reading of the law from your answers, not part of the Toolkit and not legal advice):',
    ...frameworkHeadlines(active, prompt).map(({ title, headline }) => `- **${title}**: ${headline}`),
  ];
}

/** Each pack's headline, as the register lists it beside the decision. */
export function frameworkHeadlines(
  active: readonly ActivePack[],
  prompt: (questionId: string) => string | null,
): Array<{ packId: string; title: string; headline: string }> {
  return buildLegalFrameworks(reportFrameworksOf(active), prompt).map((framework) => ({
    packId: framework.packId,
    title: frameworkShortTitle(framework),
    headline: frameworkHeadline(framework),
  }));
}

/** The documents the packs draft that apply to this system (the FRIA of a high-risk one). */
export function offeredDocuments(active: readonly ActivePack[]): OfferedDocument[] {
  return active.flatMap(({ pack, result }) =>
    result.assessments.flatMap((outcome) =>
      outcome.kind === 'document' && outcome.applies !== 'no'
        ? [{ packId: pack.id, documentId: outcome.id, title: outcome.title }]
        : [],
    ),
  );
}
