import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// Assistant text is Markdown that may quote user input or documents. Raw HTML in it is shown as
// text, never parsed (so `<img onerror>` stays words and inline styles never reach the CSP); what
// Markdown itself produces still goes through DOMPurify with a short allow-list.
const allowedTags = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'hr',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'img',
];
const allowedAttributes = ['href', 'title', 'src', 'alt', 'start', 'align'];
// http(s), mailto, fragments and same-origin paths; no javascript:, data: or other schemes in links.
const allowedUri = /^(?:https?:|mailto:|#|\/(?!\/)|\.{0,2}\/)/i;

const markdown = new Marked({
  gfm: true,
  async: false,
  // Message headings sit under the page's h1/h2: shift them so the outline stays valid.
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + 2);
  },
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

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
