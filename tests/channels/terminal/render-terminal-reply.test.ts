import { describe, expect, it } from 'vitest';
import {
  renderTerminalReply,
  terminalInputToTurn,
} from '../../../src/channels/terminal/render-terminal-reply.ts';
import type { Reply } from '../../../src/conversation/reply.ts';

const reply: Reply = {
  messages: [
    {
      id: 'm1',
      role: 'assistant',
      kind: 'answer',
      text: '**Proportionality** weighs benefits against rights [1].',
      citations: [
        {
          number: 1,
          id: 'principles-proportionality',
          resource: 'principles',
          resourceTitle: 'Principles',
          title: 'Proportionality',
          snippet: '…',
        },
      ],
    },
  ],
  quickReplies: [
    { id: 'answer:q:low', label: '1. Low' },
    { id: 'answer:q:high', label: '2. High' },
    { id: 'nav:back', label: 'Back' },
  ],
  progress: {
    questionnaireId: 'risk',
    answered: 3,
    total: 10,
    upTo: false,
    position: 4,
    section: { id: 's', title: 'Fairness', index: 2, count: 6 },
    label: 'Question 4 of 10 · Section 3 of 6: Fairness',
  },
  state: 'risk.asking',
  question: {
    questionnaireId: 'risk',
    id: 'q',
    kind: 'single',
    prompt: 'P',
    help: 'H',
    required: true,
    options: [],
    currentAnswer: null,
  },
  review: null,
  report: null,
};

describe('renderTerminalReply', () => {
  it('prints plain text, numbered sources, progress and numbered choices', () => {
    const text = renderTerminalReply(reply);
    expect(text).toContain('Proportionality weighs benefits');
    expect(text).not.toContain('**');
    expect(text).toContain('[1] Proportionality — Principles');
    expect(text).toContain('[Question 4 of 10 · Section 3 of 6: Fairness]');
    expect(text).toContain('  2) High');
    expect(text).toContain('  3) Back');
  });
});

describe('terminalInputToTurn', () => {
  it('maps a bare number to the numbered choice', () => {
    expect(terminalInputToTurn('3', reply)).toEqual({ action: 'nav:back' });
    expect(terminalInputToTurn('9', reply)).toEqual({ text: '9' });
  });

  it('keeps numbers as typed answers for number and text questions', () => {
    const numberQuestion: Reply = {
      ...reply,
      question: { ...(reply.question as NonNullable<Reply['question']>), kind: 'number' },
    };
    expect(terminalInputToTurn('2', numberQuestion)).toEqual({ text: '2' });
  });
});

describe('renderTerminalReply review', () => {
  it('lists the review items with numbers and how to change one', () => {
    const text = renderTerminalReply({
      ...reply,
      messages: [{ id: 'r', role: 'assistant', kind: 'review', text: 'Review: Risk', citations: [] }],
      question: null,
      review: {
        questionnaireId: 'risk',
        items: [
          { questionId: 'a', sectionTitle: 'S', prompt: 'First?', answer: 'Yes', required: true },
          { questionId: 'b', sectionTitle: 'S', prompt: 'Second?', answer: null, required: true },
        ],
      },
    });
    expect(text).toContain('1. First? — Yes');
    expect(text).toContain('2. Second? — not answered (required)');
    expect(text).toContain('"change 3"');
  });
});
