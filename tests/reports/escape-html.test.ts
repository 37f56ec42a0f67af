import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/reports/escape-html.ts';

const decodeEntities = (text: string) =>
  text.replace(
    /&lt;|&gt;|&quot;|&#39;|&amp;/g,
    (entity) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[entity] ?? entity,
  );

describe('escapeHtml', () => {
  it('escapes a tag and quotes', () => {
    expect(escapeHtml(`<a title="x" onclick='y'>&`)).toBe(
      '&lt;a title=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;',
    );
  });

  test.prop([fc.string()])('leaves no markup characters and loses no text', (text) => {
    const escaped = escapeHtml(text);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(decodeEntities(escaped)).toBe(text);
  });
});
