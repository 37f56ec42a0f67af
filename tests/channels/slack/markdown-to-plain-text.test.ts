import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../../src/channels/slack/markdown-to-plain-text.ts';

const riskTable = [
  '| Risk | Principle | Likelihood × severity | Inherent | Residual |',
  '|---|---|---|---|---|',
  '| Function creep | Lawfulness | Possible × Serious | **High** | High |',
].join('\n');

describe('markdownToPlainText', () => {
  it('drops every markup character for the notification text', () => {
    expect(markdownToPlainText('Hello, I am **RAIA**, for *the Toolkit*. ~~Old~~ `code`')).toBe(
      'Hello, I am RAIA, for the Toolkit. Old code',
    );
    expect(markdownToPlainText('## Results\n- first\n- second')).toBe('Results\n• first\n• second');
    expect(markdownToPlainText('See [the Toolkit](https://www.unicri.org/toolkit).')).toBe(
      'See the Toolkit.',
    );
  });

  it('renders a table as lines without pipes or stars, and escapes what Slack would read as a mention', () => {
    const text = markdownToPlainText(riskTable);
    expect(text).toContain(
      '• Function creep — Principle: Lawfulness · Likelihood × severity: Possible × Serious · Inherent: High · Residual: High',
    );
    expect(text).not.toMatch(/[|*]/);
    expect(markdownToPlainText('Hi <!channel> & co')).toBe('Hi &lt;!channel&gt; &amp; co');
  });
});
