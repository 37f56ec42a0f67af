import { describe, expect, it } from 'vitest';
import { withReviewText } from '../../../src/channels/shared/with-review-text.ts';
import type { Reply } from '../../../src/conversation/reply.ts';
import { createTestAssistant } from '../../conversation/assistant-fixture.ts';
import { reassessed, signedRiskSession, turn } from '../../conversation/reassess-fixture.ts';

const reviewText = (reply: Reply) =>
  withReviewText(reply).messages.find((message) => message.kind === 'review')?.text ?? '';

describe('withReviewText', () => {
  it('marks in words each carried-over answer still to confirm, and not one that was kept', async () => {
    const { assistant } = createTestAssistant();
    const { sessionId } = await reassessed(assistant, await signedRiskSession(assistant));
    await turn(assistant, sessionId, { action: 'carry:keep:system-name' });
    const review = await turn(assistant, sessionId, { action: 'review' });
    expect(review.review?.items[1]?.carriedOver).toBe('Identifying or verifying people or objects');
    const lines = reviewText(review).split('\n');
    expect(lines).toContain('1. What is the AI system called? — **A test answer**');
    expect(lines).toContain(
      '2. What is the system mainly used for? — _carried over, not yet confirmed:_ **Identifying or verifying people or objects**',
    );
  });

  it('keeps a carried-over free-text answer on its line, its Markdown inert', () => {
    const reply: Reply = {
      messages: [{ id: 'm1', role: 'assistant', kind: 'review', text: '**Review**', citations: [] }],
      quickReplies: [],
      progress: null,
      state: 'risk.review',
      question: null,
      review: {
        questionnaireId: 'risk',
        items: [
          {
            questionId: 'system-name',
            sectionTitle: 'The system',
            prompt: 'What is the AI system called?',
            answer: null,
            required: true,
            carriedOver: '*Face* match\n2. pilot',
          },
        ],
      },
      report: null,
    };
    expect(reviewText(reply)).toContain(
      '1. What is the AI system called? — _carried over, not yet confirmed:_ **\\*Face\\* match 2. pilot**',
    );
  });

  it('keeps a recorded free-text answer on its line, its Markdown inert', () => {
    const reply: Reply = {
      messages: [{ id: 'm1', role: 'assistant', kind: 'review', text: '**Review**', citations: [] }],
      quickReplies: [],
      progress: null,
      state: 'risk.review',
      question: null,
      review: {
        questionnaireId: 'risk',
        items: [
          {
            questionId: 'system-name',
            sectionTitle: 'The system',
            prompt: 'What is the AI system called?',
            answer: '*Face* match\n2. pilot',
            required: true,
          },
        ],
      },
      report: null,
    };
    expect(reviewText(reply)).toContain('1. What is the AI system called? — **\\*Face\\* match 2. pilot**');
  });
});
