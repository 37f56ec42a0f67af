import { type KnowledgeSource, knowledgeBasesOf } from '../knowledge/create-knowledge-base.ts';
import { ingestedResourceTitle } from '../knowledge/knowledge-passage.ts';
import { resourceTitles } from '../knowledge/passage-schema.ts';
import type { PassageReference } from './report-parts-schema.ts';
import { joinWords } from './report-wording.ts';

/** A passage's title and the Toolkit resource it belongs to, or undefined for an unknown id. */
export type PassageLookup = (passageId: string) => { title: string; resourceTitle: string } | undefined;

/** Looks passages up in the knowledge the assistant searches (the built-in Toolkit first). */
export function createPassageLookup(source: KnowledgeSource): PassageLookup {
  const bases = knowledgeBasesOf(source);
  return (passageId) => {
    for (const base of bases) {
      const passage = base.byId.get(passageId);
      if (passage === undefined) continue;
      const resourceTitle =
        passage.resource === 'ingested' ? ingestedResourceTitle : resourceTitles[passage.resource];
      return { title: passage.title, resourceTitle };
    }
    return undefined;
  };
}

/**
 * Passages by title. A definition may cite a passage the knowledge base no longer has (an agency
 * file written for another corpus): it is named as missing rather than by its id.
 */
export function passageReferences(passageIds: readonly string[], lookup: PassageLookup): PassageReference[] {
  return passageIds.map((passageId) => {
    const found = lookup(passageId);
    return found === undefined
      ? { passageId, title: 'a passage this installation does not have', resourceTitle: 'Toolkit' }
      : { passageId, ...found };
  });
}

/**
 * `Read more: “A” and “B” (Organizational Roadmap); “C” (Technical Reference Book).` Passages of
 * one resource are grouped, in the order they are cited; "" when there are none.
 */
export function readMoreText(passages: readonly PassageReference[]): string {
  if (passages.length === 0) return '';
  const byResource = new Map<string, string[]>();
  for (const passage of passages) {
    byResource.set(passage.resourceTitle, [...(byResource.get(passage.resourceTitle) ?? []), passage.title]);
  }
  const groups = [...byResource].map(
    ([resource, titles]) => `${joinWords(titles.map((title) => `“${title}”`))} (${resource})`,
  );
  return `Read more: ${groups.join('; ')}.`;
}
