import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedAttributes, allowedTags, allowedUri } from './render-like-page.ts';

const pageSource = readFileSync(new URL('../../../web/src/render-markdown.ts', import.meta.url), 'utf8');

function stringList(name: string): string[] {
  const body = new RegExp(`const ${name} = \\[([^\\]]*)\\]`).exec(pageSource)?.[1] ?? '';
  return [...body.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
}

describe('render-like-page', () => {
  it("uses exactly the web page's DOMPurify allow-lists and URI rule", () => {
    expect(stringList('allowedTags')).toEqual(allowedTags);
    expect(stringList('allowedAttributes')).toEqual(allowedAttributes);
    expect(pageSource).toContain(`const allowedUri = ${allowedUri.toString()};`);
    expect(pageSource).toContain('renderer: {\n    html: ({ text }) => escapeHtml(text),');
  });
});
