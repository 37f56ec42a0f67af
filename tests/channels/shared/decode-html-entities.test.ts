import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../src/channels/shared/decode-html-entities.ts';

describe('decodeHtmlEntities', () => {
  it('decodes the entities Slack and Teams write into message text', () => {
    expect(decodeHtmlEntities('A &amp; B &lt; C &gt; D&nbsp;&quot;E&quot;')).toBe('A & B < C > D "E"');
  });

  it('decodes once, so an escaped entity stays the text the person typed', () => {
    expect(decodeHtmlEntities('type &amp;lt; or &amp;amp;')).toBe('type &lt; or &amp;');
  });

  it('leaves other entities and bare ampersands alone', () => {
    expect(decodeHtmlEntities('&copy; &#60; & fish &amp chips')).toBe('&copy; &#60; & fish &amp chips');
  });
});
