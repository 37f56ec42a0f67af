import { describe, expect, it } from 'vitest';
import { neutraliseMentions, toMattermost } from '../../../src/channels/mattermost/to-mattermost.ts';
import { makeReply } from '../fake-assistant.ts';

const context = {
  session: 's',
  channel: 'c',
  user: 'u',
  userName: 'tester',
  nonce: 'bm9uY2Utb2YtYS1wb3N0',
  action: 'answer:yes',
  label: 'Yes',
  expires: '1',
  signature: 'sig',
};

describe('toMattermost', () => {
  it('renders Markdown text with sources, the progress line and one signed button per quick reply', () => {
    const reply = makeReply('Is the **system** in use?', [{ id: 'answer:yes', label: 'Yes' }]);
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
      answered: 0,
      total: 38,
      upTo: false,
      position: 1,
      section: { id: 'f', title: 'Fairness', index: 1, count: 3 },
      label: 'Question 1 of 38 · Section 2 of 3: Fairness',
    };
    const message = toMattermost(reply, {
      sessionId: 's',
      publicUrl: undefined,
      actionUrl: 'https://raia.example.org/mattermost/actions',
      contexts: [context],
    });
    expect(message).toEqual({
      text: 'Is the **system** in use?\n\n*Sources:*\n[1] Fairness — Principles for Responsible AI Innovation',
      attachments: [
        {
          text: 'Question 1 of 38 · Section 2 of 3: Fairness',
          actions: [
            {
              id: 'raia0',
              type: 'button',
              name: 'Yes',
              integration: { url: 'https://raia.example.org/mattermost/actions', context },
            },
          ],
        },
      ],
    });
  });

  it('links the full report and keeps echoed @channel from notifying everyone', () => {
    const reply = makeReply('You wrote @channel and @all.');
    reply.report = { questionnaireId: 'risk', summary: 'Overall risk: high' };
    const message = toMattermost(reply, {
      sessionId: 's 1',
      publicUrl: 'https://raia.example.org',
      actionUrl: 'https://raia.example.org/mattermost/actions',
      contexts: [],
    });
    expect(message.text).toBe(
      'You wrote @\u200Bchannel and @\u200Ball.\n\nOverall risk: high\n\n[Open the full report](https://raia.example.org/api/sessions/s%201/report?format=html)',
    );
    expect(message.attachments).toEqual([]);
    expect(neutraliseMentions('@here @herein')).toBe('@\u200Bhere @herein');
  });

  it('links each framework document after the report, brackets in its title dropped', () => {
    const reply = makeReply('Done.');
    reply.report = {
      questionnaireId: 'risk',
      summary: 'Overall risk: high',
      documents: [{ packId: 'eu-ai-act', documentId: 'fria', title: 'FRIA [draft]' }],
    };
    const message = toMattermost(reply, {
      sessionId: 's',
      publicUrl: 'https://raia.example.org',
      actionUrl: 'https://raia.example.org/mattermost/actions',
      contexts: [],
    });
    expect(message.text).toContain(
      '[Open: FRIA draft](https://raia.example.org/api/sessions/s/documents/eu-ai-act/fria?format=html)',
    );
    expect(message.text).toContain(
      '[Word: FRIA draft](https://raia.example.org/api/sessions/s/documents/eu-ai-act/fria?format=docx)',
    );
  });
});
