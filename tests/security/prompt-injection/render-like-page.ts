import { Marked } from 'marked';

/**
 * The web page's rendering of assistant Markdown (web/src/render-markdown.ts), reproduced for Node:
 * marked with the same options (raw HTML escaped as text), then the page's DOMPurify allow-list
 * and hook applied to marked's output. DOMPurify itself needs a DOM; jsdom would add a heavy
 * dependency for one check, so the allow-list logic is applied here instead, and
 * page-sanitizer-drift.test.ts fails if the page's lists change without this copy.
 */
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
export const allowedUri = /^(?:https?:|mailto:|#|\/(?!\/)|\.{0,2}\/)/i;

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const markdown = new Marked({
  gfm: true,
  async: false,
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + 2);
  },
  renderer: { html: ({ text }) => text.replace(/[&<>"']/g, (character) => escapes[character] ?? character) },
});

export interface RenderedElement {
  tag: string;
  attributes: Record<string, string>;
}

/** The elements (with their attributes) that would survive on the page, in document order. */
export function renderLikePage(text: string): { elements: RenderedElement[]; dropped: string[] } {
  const html = markdown.parse(text, { async: false });
  const elements: RenderedElement[] = [];
  const dropped: string[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const tag = (match[1] ?? '').toLowerCase();
    if (!allowedTags.includes(tag)) {
      dropped.push(tag);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (match[2] ?? '').matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      const name = (attribute[1] ?? '').toLowerCase();
      const value = decodeEntities(attribute[2] ?? '');
      if (!allowedAttributes.includes(name)) continue;
      if ((name === 'href' || name === 'src') && !allowedUri.test(value.trim())) continue;
      attributes[name] = value;
    }
    // The page's hook: a remote image would report that the page was read, so only its alt text stays.
    if (tag === 'img' && !isLocalImage(attributes.src)) continue;
    elements.push({ tag, attributes });
  }
  return { elements, dropped };
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function isLocalImage(source: string | undefined): boolean {
  if (source === undefined) return false;
  if (/^data:image\/(?:png|gif|jpeg|webp);/i.test(source)) return true;
  return source.startsWith('/') && !source.startsWith('//');
}
