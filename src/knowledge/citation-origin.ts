import type { Citation } from './citation.ts';

/**
 * Where a cited passage comes from, as every channel shows it beside the title: the resource, and for
 * a legal passage the instrument and article and the date it is true as of, so a reader never takes
 * RAIA's legal reference for the Toolkit nor an old statement of the law for today's.
 */
export function citationOrigin(citation: Citation): string {
  const legal = [citation.legalSource, citation.asOf === undefined ? undefined : `as of ${citation.asOf}`];
  const details = legal.filter((detail) => detail !== undefined);
  return details.length === 0 ? citation.resourceTitle : `${citation.resourceTitle}; ${details.join('; ')}`;
}
