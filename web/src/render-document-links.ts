import type { ReportFormat } from './api-client.ts';
import { createElement } from './create-element.ts';
import type { WebOfferedDocument } from './response-schemas.ts';

/** Where one format of one document is served: inline (`download` false) or as a download. */
export type DocumentLink = (document: WebOfferedDocument, format: ReportFormat, download: boolean) => string;

const downloads: Array<{ format: ReportFormat; label: string }> = [
  { format: 'docx', label: 'Word' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
];

/**
 * The documents the legal framework packs draft for an assessment (the FRIA draft of a high-risk
 * system), one line each: "<title>: View · Word · Markdown · JSON". View opens the HTML in a new
 * tab, where the server's own CSP for reports applies, so this page's results stay where they are.
 * Every link's name says which document it is, since each line has the same words.
 */
export function renderDocumentLinks(
  documents: readonly WebOfferedDocument[],
  linkOf: DocumentLink,
  heading: { level: 'h3' | 'h4'; id: string },
): HTMLElement {
  const items = documents.map((document) => {
    const view = createElement('a', {
      text: 'View',
      attributes: {
        href: linkOf(document, 'html', false),
        target: '_blank',
        rel: 'noopener noreferrer',
        'aria-label': `View ${document.title} (opens in a new tab)`,
        'data-document-format': 'html',
      },
    });
    const files = downloads.map(({ format, label }) =>
      createElement('a', {
        text: label,
        attributes: {
          href: linkOf(document, format, true),
          download: '',
          'aria-label': `${document.title} as ${label}`,
          'data-document-format': format,
        },
      }),
    );
    const links = [view, ...files].flatMap((link, index) => (index === 0 ? [link] : [' · ', link]));
    return createElement(
      'li',
      { attributes: { 'data-pack': document.packId, 'data-document': document.documentId } },
      [createElement('span', { className: 'document-links__title', text: `${document.title}: ` }), ...links],
    );
  });
  return createElement('div', { className: 'document-links' }, [
    createElement(heading.level, {
      className: 'document-links__heading',
      text: 'Legal framework documents (drafted by RAIA, not part of the Toolkit)',
      attributes: { id: heading.id },
    }),
    createElement(
      'ul',
      { className: 'document-links__list', attributes: { 'aria-labelledby': heading.id } },
      items,
    ),
  ]);
}
