import { createElement } from './create-element.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { WebCitation } from './response-schemas.ts';

// Message ids can repeat when a reply is drawn again after a reload; element ids must not.
let renderedCount = 0;

/** Numbered sources under a message; each opens to show where the passage comes from and its text. */
export function renderCitations(citations: WebCitation[]): HTMLElement | undefined {
  if (citations.length === 0) return undefined;
  renderedCount += 1;
  const headingId = `sources-${renderedCount}`;
  const list = createElement(
    'ol',
    { className: 'citations__list' },
    citations.map((citation) => renderCitation(citation)),
  );
  return createElement('section', { className: 'citations', attributes: { 'aria-labelledby': headingId } }, [
    createElement('h3', { className: 'citations__title', text: 'Sources', attributes: { id: headingId } }),
    list,
  ]);
}

function renderCitation(citation: WebCitation): HTMLLIElement {
  const summary = createElement('summary', {}, [
    `[${citation.number}] `,
    createElement('span', { className: 'citation__title', text: citation.title }),
    ` – ${citationOrigin(citation)}`,
  ]);
  const details = createElement('details', {}, [
    summary,
    // Snippets mark the matched words in Markdown bold.
    createElement('blockquote', { className: 'citation__snippet' }, [
      renderMarkdown(citation.snippet, { inline: true }),
    ]),
  ]);
  if (citation.source !== undefined) {
    const page = citation.source.page === undefined ? '' : `, page ${citation.source.page}`;
    details.append(
      createElement('p', { className: 'citation__source', text: `${citation.source.file}${page}` }),
    );
  }
  return createElement(
    'li',
    { className: 'citation', attributes: { 'data-citation': String(citation.number) } },
    [details],
  );
}

/** The resource, and for a legal passage its instrument and the date it is true as of. */
function citationOrigin(citation: WebCitation): string {
  const legal = [citation.legalSource, citation.asOf === undefined ? undefined : `as of ${citation.asOf}`];
  const details = legal.filter((detail) => detail !== undefined);
  return details.length === 0 ? citation.resourceTitle : `${citation.resourceTitle}; ${details.join('; ')}`;
}
