import { describe, expect, it } from 'vitest';
import { toAdaptiveCard } from '../../../src/channels/teams/to-adaptive-card.ts';
import { makeReply } from '../fake-assistant.ts';

describe('toAdaptiveCard', () => {
  it('renders wrapped text, small citation and progress lines, and submit actions carrying the RAIA action', () => {
    const reply = makeReply('## Fairness\nIs the **system** in use?', [{ id: 'answer:yes', label: 'Yes' }]);
    reply.messages[0]?.citations.push({
      number: 2,
      id: 'p2',
      resource: 'risk-questionnaire',
      resourceTitle: 'Risk Assessment Questionnaire',
      title: 'Bias',
      snippet: '…',
    });
    reply.progress = {
      questionnaireId: 'risk',
      answered: 37,
      total: 38,
      upTo: false,
      position: 38,
      section: { id: 'f', title: 'Fairness', index: 1, count: 1 },
      label: 'Question 38 of 38 · Fairness',
    };
    const card = toAdaptiveCard(reply, { sessionId: 's', publicUrl: undefined });
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.body).toEqual([
      { type: 'TextBlock', text: '**Fairness**\nIs the **system** in use?', wrap: true },
      {
        type: 'TextBlock',
        text: '[2] Bias — Risk Assessment Questionnaire',
        wrap: true,
        isSubtle: true,
        size: 'Small',
        spacing: 'None',
      },
      {
        type: 'TextBlock',
        text: 'Question 38 of 38 · Fairness',
        wrap: true,
        isSubtle: true,
        size: 'Small',
      },
    ]);
    expect(card.content.actions).toEqual([
      { type: 'Action.Submit', title: 'Yes', data: { raiaAction: 'answer:yes' } },
    ]);
  });

  it('adds the report summary and a link to the HTML report when the questionnaire is completed', () => {
    const reply = makeReply('Done.');
    reply.report = { questionnaireId: 'risk', summary: 'Overall risk: high' };
    const card = toAdaptiveCard(reply, { sessionId: 's', publicUrl: 'https://raia.example.org' });
    expect(card.content.body.at(-1)).toMatchObject({ text: 'Overall risk: high' });
    expect(card.content.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Open the full report',
        url: 'https://raia.example.org/api/sessions/s/report?format=html',
      },
    ]);
  });

  it('adds a link per framework document, as a page and as a Word file', () => {
    const reply = makeReply('Done.');
    reply.report = {
      questionnaireId: 'risk',
      summary: 'Overall risk: high',
      documents: [
        { packId: 'eu-ai-act', documentId: 'fria', title: 'Fundamental rights impact assessment (draft)' },
      ],
    };
    const card = toAdaptiveCard(reply, { sessionId: 's', publicUrl: 'https://raia.example.org' });
    expect(card.content.actions.map((action) => ('url' in action ? action.url : null))).toEqual([
      'https://raia.example.org/api/sessions/s/report?format=html',
      'https://raia.example.org/api/sessions/s/documents/eu-ai-act/fria?format=html',
      'https://raia.example.org/api/sessions/s/documents/eu-ai-act/fria?format=docx',
    ]);
  });
});
