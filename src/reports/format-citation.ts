import type { ReportFrameworkPack } from './report-frameworks-schema.ts';

type Sources = ReportFrameworkPack['sources'];

/**
 * The name a citation prints for a source: the short name its title ends with in brackets
 * ("… (Artificial Intelligence Act)"), else the whole title, else (a source the pack does not
 * list, which loadFrameworkPack refuses) the id as written.
 */
export function sourceName(sourceId: string, sources: Sources): string {
  const source = sources.find((candidate) => candidate.id === sourceId);
  if (source === undefined) return sourceId;
  const short = /\(([^()]+)\)\s*$/.exec(source.title)?.[1]?.trim();
  return short === undefined || short === '' ? source.title : short;
}

/**
 * "5(1)(h)" of a law is an article ("Art. 5(1)(h)"); "Annex III(6)(a)" or "Recital 33" name
 * themselves, and so does a number in guidance (a method's "4.3" is a section, not an article).
 */
function articleText(article: string, binding: boolean): string {
  const trimmed = article.trim();
  return binding && /^\d/.test(trimmed) ? `Art. ${trimmed}` : trimmed;
}

const isBinding = (sourceId: string, sources: Sources) =>
  sources.find((candidate) => candidate.id === sourceId)?.binding ?? true;

/** `ai-act:5(1)(h)` as a legal adviser reads it: "Artificial Intelligence Act Art. 5(1)(h)". */
export function formatCitation(citation: string, sources: Sources): string {
  const separator = citation.indexOf(':');
  if (separator < 0) return citation;
  const sourceId = citation.slice(0, separator);
  const article = articleText(citation.slice(separator + 1), isBinding(sourceId, sources));
  return `${sourceName(sourceId, sources)} ${article}`;
}

/**
 * Several citations, the source named once for each run of its articles:
 * "Artificial Intelligence Act Art. 27(1), Art. 27(5); Law Enforcement Directive Art. 27".
 */
export function formatCitations(citations: readonly string[], sources: Sources): string {
  const groups: Array<{ sourceId: string; articles: string[] }> = [];
  for (const citation of citations) {
    const separator = citation.indexOf(':');
    const sourceId = separator < 0 ? '' : citation.slice(0, separator);
    const article =
      separator < 0 ? citation : articleText(citation.slice(separator + 1), isBinding(sourceId, sources));
    const last = groups.at(-1);
    if (last !== undefined && last.sourceId === sourceId) last.articles.push(article);
    else groups.push({ sourceId, articles: [article] });
  }
  return groups
    .map(({ sourceId, articles }) =>
      sourceId === '' ? articles.join(', ') : `${sourceName(sourceId, sources)} ${articles.join(', ')}`,
    )
    .join('; ');
}
