import { compiledQuestionnaire } from '../questionnaires/compiled-questionnaire.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
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
export function frameworkLines(active: readonly ActivePack[], definition: Questionnaire): string[] {
  if (active.length === 0) return [];
  return [
    '',
    '**Legal frameworks** (RAIA’s reading of the law from your answers, not part of the Toolkit and not legal advice):',
    ...frameworkHeadlines(active, definition).map(({ title, headline }) => `- **${title}**: ${headline}`),
  ];
}

/** Each pack's headline, as the register lists it beside the decision. */
export function frameworkHeadlines(
  active: readonly ActivePack[],
  definition: Questionnaire,
): Array<{ packId: string; title: string; headline: string }> {
  // The walkthrough's definition holds the packs' questions too, so an open outcome's questions are named.
  const questions = compiledQuestionnaire(definition).questionById;
  const prompt = (questionId: string) => questions.get(questionId)?.prompt ?? null;
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
