import { describe, expect, it } from 'vitest';
import { type SlackBlock, toBlockKit } from '../../../src/channels/slack/to-block-kit.ts';
import type { Reply } from '../../../src/conversation/reply.ts';
import { makeReply } from '../fake-assistant.ts';

const options = { sessionId: 'session-1', publicUrl: 'https://raia.example.org' };

function blocksOfType<T extends SlackBlock['type']>(blocks: SlackBlock[], type: T) {
  return blocks.filter((block): block is Extract<SlackBlock, { type: T }> => block.type === type);
}

describe('toBlockKit', () => {
  it('renders text as mrkdwn sections, citations as context and quick replies as buttons', () => {
    const reply: Reply = makeReply('Is the **system** in use?', [
      { id: 'answer:yes', label: 'Yes' },
      { id: 'answer:no', label: 'No' },
    ]);
    reply.messages[0]?.citations.push({
      number: 1,
      id: 'p1',
      resource: 'principles',
      resourceTitle: 'Principles for Responsible AI Innovation',
      title: 'Fairness',
      snippet: '…',
    });
    reply.progress = {
      questionnaireId: 'risk',
      answered: 3,
      total: 38,
      upTo: true,
      position: 4,
      section: { id: 'fairness', title: 'Fairness', index: 2, count: 6 },
      label: 'Question 4 of up to 38 · Section 3 of 6: Fairness',
    };
    const { text, blocks } = toBlockKit(reply, options);
    // The notification (and screen-reader) fallback: plain words, no Markdown or mrkdwn markup.
    expect(text).toBe('Is the system in use?');
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Is the *system* in use?' } });
    expect(blocks[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '[1] Fairness — Principles for Responsible AI Innovation' }],
    });
    expect(blocks[2]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Question 4 of up to 38 · Section 3 of 6: Fairness' }],
    });
    const [actions] = blocksOfType(blocks, 'actions');
    expect(actions?.elements.map((button) => [button.action_id, button.value, button.text.text])).toEqual([
      ['raia-action-0', 'answer:yes', 'Yes'],
      ['raia-action-1', 'answer:no', 'No'],
    ]);
  });

  it('splits long text at 3000 characters and keeps at most 25 buttons per actions block', () => {
    const paragraph = 'word '.repeat(500).trim();
    const reply = makeReply(
      Array.from({ length: 4 }, () => paragraph).join('\n\n'),
      Array.from({ length: 30 }, (_, index) => ({
        id: `answer:${index}`,
        label: `Option ${index} `.repeat(20),
      })),
    );
    const { blocks } = toBlockKit(reply, options);
    const sections = blocksOfType(blocks, 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) expect(section.text.text.length).toBeLessThanOrEqual(3000);
    const actions = blocksOfType(blocks, 'actions');
    expect(actions.map((block) => block.elements.length)).toEqual([25, 5]);
    const actionIds = actions.flatMap((block) => block.elements.map((button) => button.action_id));
    expect(new Set(actionIds).size).toBe(30);
    for (const button of actions.flatMap((block) => block.elements)) {
      expect(button.text.text.length).toBeLessThanOrEqual(75);
    }
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  it('never exceeds 50 blocks, marking a shortened message', () => {
    const reply = makeReply(
      Array.from({ length: 80 }, (_, index) => `${index} ${'x'.repeat(2900)}`).join('\n\n'),
    );
    const { blocks } = toBlockKit(reply, options);
    expect(blocks).toHaveLength(50);
    expect(blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '_Message shortened to fit Slack._' }],
    });
  });

  it('links a completed report to its HTML version when RAIA_PUBLIC_URL is set', () => {
    const reply = makeReply('Done.');
    reply.report = { questionnaireId: 'risk', summary: 'Overall risk: **high**' };
    const { blocks } = toBlockKit(reply, options);
    expect(blocks).toContainEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Overall risk: *high*' },
    });
    const [link] = blocksOfType(blocks, 'actions');
    expect(link?.elements[0]?.url).toBe('https://raia.example.org/api/sessions/session-1/report?format=html');
    expect(blocksOfType(toBlockKit(reply, { ...options, publicUrl: undefined }).blocks, 'actions')).toEqual(
      [],
    );
  });

  it('links each framework document a completed assessment drafts, as a page and a Word file, with no answer value', () => {
    const reply = makeReply('Done.');
    reply.report = {
      questionnaireId: 'risk',
      summary: 'Overall risk: high',
      documents: [
        { packId: 'eu-ai-act', documentId: 'fria', title: 'Fundamental rights impact assessment (draft)' },
      ],
    };
    const [links] = blocksOfType(toBlockKit(reply, options).blocks, 'actions');
    const base = 'https://raia.example.org/api/sessions/session-1';
    expect(links?.elements.map((element) => [element.text?.text, element.url, element.value])).toEqual([
      ['Open the full report', `${base}/report?format=html`, undefined],
      [
        'Open: Fundamental rights impact assessment (draft)',
        `${base}/documents/eu-ai-act/fria?format=html`,
        undefined,
      ],
      [
        'Word: Fundamental rights impact assessment (draft)',
        `${base}/documents/eu-ai-act/fria?format=docx`,
        undefined,
      ],
    ]);
    expect(new Set(links?.elements.map((element) => element.action_id)).size).toBe(3);
  });

  it('renders a results table without raw pipes, and notification text without literal stars', () => {
    const reply = makeReply(
      [
        '**Results: Risk Assessment** (version 1.0.0)',
        '',
        '| Risk | Residual |',
        '|---|---|',
        '| Function creep | **High** |',
      ].join('\n'),
    );
    const { text, blocks } = toBlockKit(reply, options);
    expect(blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '*Results: Risk Assessment* (version 1.0.0)\n\n• *Function creep* — Residual: *High*',
      },
    });
    expect(text).toBe('Results: Risk Assessment (version 1.0.0)\n\n• Function creep — Residual: High');
  });
});
