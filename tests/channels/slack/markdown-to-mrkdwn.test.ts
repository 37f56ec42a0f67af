import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, markdownToMrkdwn } from '../../../src/channels/slack/markdown-to-mrkdwn.ts';

/** The shape of the risk results table RAIA writes (src/conversation/results-reply.ts). */
const riskTable = [
  'Highest residual risk: **High**',
  '',
  '| Risk | Principle | Likelihood × severity | Inherent | Residual |',
  '|---|---|---|---|---|',
  '| Biased training data | Fairness | Likely × Major | High | Medium |',
  '| Function creep | Lawfulness | Possible × Serious | **High** | High |',
  '',
  '**Suggested actions**',
  '- Review the data sources',
].join('\n');

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
    expect(markdownToMrkdwn('<b>bold</b> and <@U123>')).toBe('&lt;b&gt;bold&lt;/b&gt; and &lt;@U123&gt;');
    expect(escapeMrkdwn('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });

  it('keeps a pipe in a link label from ending the link early', () => {
    expect(markdownToMrkdwn('[a|b](https://example.org)')).toBe('<https://example.org|a¦b>');
  });

  it('renders a table as one bullet line per row, naming each column, with no raw pipes', () => {
    const mrkdwn = markdownToMrkdwn(riskTable);
    expect(mrkdwn).toBe(
      [
        'Highest residual risk: *High*',
        '',
        '• *Biased training data* — Principle: Fairness · Likelihood × severity: Likely × Major · Inherent: High · Residual: Medium',
        '• *Function creep* — Principle: Lawfulness · Likelihood × severity: Possible × Serious · Inherent: *High* · Residual: High',
        '',
        '*Suggested actions*',
        '• Review the data sources',
      ].join('\n'),
    );
    expect(mrkdwn).not.toContain('|');
    expect(mrkdwn).not.toContain('**');
  });

  it('keeps numbered lists, nested lists, quotes and code readable', () => {
    expect(markdownToMrkdwn('1. take\n2. run\n   - nested')).toBe('1. take\n2. run\n    ◦ nested');
    expect(markdownToMrkdwn('> quoted **text**')).toBe('> quoted *text*');
    expect(markdownToMrkdwn('Use `change 3` to edit')).toBe('Use `change 3` to edit');
  });
});
