import { describe, expect, it } from 'vitest';
import { renderTerminalReply } from '../../src/channels/terminal/render-terminal-reply.ts';
import { inlineUserText, quoteUserText } from '../../src/conversation/quote-user-text.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { createMarkdownParser } from '../../web/src/markdown-policy.ts';

const typed = [
  'See https://evil.example/x and www.evil.example, mail chief@evil.example',
  '**bold** _em_ [link](javascript:alert(1)) <img src=x onerror=alert(1)> &amp;',
  '# not a heading',
  '1. not a list',
  '- nor this',
].join('\n');

const markdown = createMarkdownParser();
const html = (text: string) => markdown.parse(text, { async: false });

function terminal(text: string): string {
  const reply: Reply = {
    messages: [{ id: 'm', role: 'assistant', kind: 'info', text, citations: [] }],
    quickReplies: [],
    progress: null,
    state: 'menu',
    question: null,
    review: null,
    report: null,
  };
  return renderTerminalReply(reply, { width: 200 });
}

describe('quoteUserText', () => {
  it('renders as a quote of inert text: no link, emphasis, markup, heading or list', () => {
    const rendered = html(quoteUserText(typed));
    expect(rendered.startsWith('<blockquote>')).toBe(true);
    for (const tag of ['<a', '<strong', '<em', '<img', '<h1', '<ol', '<ul', '<li'])
      expect(rendered).not.toContain(tag);
    expect(rendered).toContain('https');
    expect(rendered).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('reads as typed in the terminal, one quoted line per typed line', () => {
    const shown = terminal(quoteUserText(typed));
    for (const line of typed.split('\n')) expect(shown).toContain(`> ${line}`);
  });

  it("keeps a person's words on one inert line inside a list item", () => {
    const line = inlineUserText('first line\nhttps://evil.example **x**');
    expect(line).not.toContain('\n');
    const rendered = html(`1. Question — **Answer**\n   Note: ${line}`);
    expect(rendered).not.toContain('<a');
    expect(rendered).not.toContain('<strong>x');
  });
});
