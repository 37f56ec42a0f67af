import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, markdownToMrkdwn } from '../../../src/channels/slack/markdown-to-mrkdwn.ts';

describe('markdownToMrkdwn', () => {
  it('converts bold, italic, links, headings, lists and strike-through', () => {
    expect(markdownToMrkdwn('**RAIA** helps with *the Toolkit*.')).toBe('*RAIA* helps with _the Toolkit_.');
    expect(markdownToMrkdwn('See [the Toolkit](https://www.unicri.org/toolkit?a=1&b=2).')).toBe(
      'See <https://www.unicri.org/toolkit?a=1&amp;b=2|the Toolkit>.',
    );
    expect(markdownToMrkdwn('## Fairness\n- first\n- second')).toBe('*Fairness*\n• first\n• second');
    expect(markdownToMrkdwn('~~old~~ and __new__')).toBe('~old~ and *new*');
  });

  it('escapes &, < and > so echoed text cannot mention a channel or forge a link', () => {
    expect(markdownToMrkdwn('You said <!channel> & <https://evil.example|click>')).toBe(
      'You said &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;',
    );
    expect(escapeMrkdwn('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });

  it('keeps a pipe in a link label from ending the link early', () => {
    expect(markdownToMrkdwn('[a|b](https://example.org)')).toBe('<https://example.org|a¦b>');
  });
});
