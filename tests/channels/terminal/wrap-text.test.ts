import { describe, expect, it } from 'vitest';
import { renderTerminalReply } from '../../../src/channels/terminal/render-terminal-reply.ts';
import { wrapText } from '../../../src/channels/terminal/wrap-text.ts';
import type { Reply } from '../../../src/conversation/reply.ts';

const sentence =
  'Safeguards here could include a documented legal assessment, approval by legal advisers, and rules limiting the use to what the law allows.';

describe('wrapText', () => {
  it('breaks lines at word boundaries within the width, never inside a word', () => {
    const wrapped = wrapText(sentence, 40);
    const lines = wrapped.split('\n');
    expect(lines.every((line) => line.length <= 40)).toBe(true);
    expect(lines.join(' ')).toBe(sentence);
    const words = new Set(sentence.split(' '));
    for (const line of lines) for (const word of line.split(' ')) expect(words.has(word)).toBe(true);
  });

  it('lets a word longer than the width (a long address) overflow on its own line', () => {
    const url = `https://example.org/${'a'.repeat(60)}`;
    expect(wrapText(`See ${url} for more.`, 30)).toBe(`See\n${url}\nfor more.`);
  });

  it('keeps blank lines and indents the continuation of list items and numbered choices', () => {
    const text = ['Intro line.', '', `  3) ${sentence}`, `- ${sentence}`].join('\n');
    const lines = wrapText(text, 50).split('\n');
    expect(lines[1]).toBe('');
    expect(lines[2]?.startsWith('  3) Safeguards')).toBe(true);
    expect(lines[3]?.startsWith('     ')).toBe(true);
    const dash = lines.findIndex((line) => line.startsWith('- Safeguards'));
    expect(lines[dash + 1]?.startsWith('  ')).toBe(true);
    expect(lines.every((line) => line.length <= 50)).toBe(true);
  });
});

describe('renderTerminalReply width', () => {
  const reply: Reply = {
    messages: [{ id: 'm', role: 'assistant', kind: 'question', text: sentence.repeat(3), citations: [] }],
    quickReplies: [{ id: 'answer:q:a', label: `1. ${sentence}` }],
    progress: null,
    state: 'risk.asking',
    question: null,
    review: null,
    report: null,
  };

  it('wraps to the width it is given, and to 80 columns by default', () => {
    expect(
      renderTerminalReply(reply, { width: 60 })
        .split('\n')
        .every((line) => line.length <= 60),
    ).toBe(true);
    const lines = renderTerminalReply(reply).split('\n');
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(lines.some((line) => line.length > 60)).toBe(true);
  });
});
