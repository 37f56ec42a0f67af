import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeQuotedMarkdown } from '../../src/knowledge/escape-quoted-markdown.ts';

describe('escapeQuotedMarkdown', () => {
  // A bare URL may still be auto-linked, showing its real address; what must not happen is a
  // disguised link ("the annex" pointing elsewhere) or an image that loads by itself.
  it('keeps a quoted "[9]" from looking like a citation, and link or image syntax from taking effect', () => {
    const quoted = escapeQuotedMarkdown(
      'See [9] and [the annex](https://evil.example/x) or ![x](https://evil.example/i.png).',
    );
    expect(quoted).not.toMatch(/(?<!\\)\[9\]/);
    const html = marked.parse(quoted, { async: false });
    expect(html).not.toMatch(/<a [^>]*>the annex<\/a>/);
    expect(html).not.toContain('<img');
    expect(html).toContain('[9]');
  });
});
