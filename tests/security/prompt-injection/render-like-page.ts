import {
  allowedAttributes,
  allowedTags,
  allowedUri,
  createMarkdownParser,
} from '../../../web/src/markdown-policy.ts';

/**
 * The web page's rendering of assistant Markdown, for Node: the page's own parser and allow-lists
 * (web/src/markdown-policy.ts), with DOMPurify's allow-list filtering and the page's image hook
 * applied to the parser's output. DOMPurify itself needs a DOM, and jsdom would be a heavy
 * dependency for one check.
 */
const markdown = createMarkdownParser();

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
