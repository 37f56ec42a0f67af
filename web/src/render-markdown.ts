import DOMPurify from 'dompurify';
import { allowedAttributes, allowedTags, allowedUri, createMarkdownParser } from './markdown-policy.ts';

const markdown = createMarkdownParser();
const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
    if (isSameDocumentLink(node)) return;
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  // Tables scroll sideways on narrow screens; a tab stop lets keyboard users scroll them.
  if (node instanceof HTMLTableElement) node.setAttribute('tabindex', '0');
  if (node instanceof HTMLImageElement && !isLocalImage(node.getAttribute('src'))) {
    // A remote image would tell another server that this page was read: keep only its text.
    node.replaceWith(document.createTextNode(node.getAttribute('alt') ?? ''));
  }
});

/** Markdown -> sanitized DOM fragment, safe to append. `inline` skips paragraphs (for snippets). */
export function renderMarkdown(text: string, options: { inline?: boolean } = {}): DocumentFragment {
  const html =
    options.inline === true
      ? markdown.parseInline(text, { async: false })
      : markdown.parse(text, { async: false });
  return purifier.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: allowedUri,
    RETURN_DOM_FRAGMENT: true,
  });
}

function isSameDocumentLink(anchor: HTMLAnchorElement): boolean {
  return anchor.getAttribute('href')?.startsWith('#') === true;
}

function isLocalImage(source: string | null): boolean {
  if (source === null) return false;
  if (/^data:image\/(?:png|gif|jpeg|webp);/i.test(source)) return true;
  if (!URL.canParse(source, window.location.href)) return false;
  return new URL(source, window.location.href).origin === window.location.origin;
}
