import { Marked } from 'marked';

// Assistant text is Markdown that may quote user input or documents. Raw HTML in it is shown as
// text, never parsed (so `<img onerror>` stays words and inline styles never reach the CSP); what
// Markdown itself produces still goes through DOMPurify with this short allow-list. Kept free of the
// DOM so the prompt-injection tests apply exactly the same policy in Node.
export const allowedTags = [
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
export const allowedAttributes = ['href', 'title', 'src', 'alt', 'start', 'align'];
// http(s), mailto, fragments and same-origin paths; no javascript:, data: or other schemes in links.
export const allowedUri = /^(?:https?:|mailto:|#|\/(?!\/)|\.{0,2}\/)/i;

/** The page's Markdown parser: GFM, raw HTML escaped, headings shifted under the page's own. */
export function createMarkdownParser(): Marked {
  return new Marked({
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
}

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
