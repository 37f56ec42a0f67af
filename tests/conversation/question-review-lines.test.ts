import { describe, expect, it } from 'vitest';
import { questionReviewLines } from '../../src/conversation/question-review-lines.ts';
import { createEmptySessionData, type SessionData } from '../../src/conversation/session-data.ts';

const at = '2026-02-01T08:00:00.000Z';
const reyes = { id: 'user-reyes', name: 'Insp. Dana Reyes', channel: 'web' };

function withReview(review: Pick<SessionData, 'assignments' | 'comments'>): SessionData {
  return { ...createEmptySessionData(), ...review };
}

describe('questionReviewLines', () => {
  it('says whom the question waits for and who asked, and that anyone may still answer', () => {
    const data = withReview({
      assignments: [
        {
          questionnaireId: 'risk',
          questionId: 'system-name',
          assignee: { id: 'user-dpo', name: 'Dana (DPO)' },
          assignedBy: reyes,
          at,
        },
      ],
    });
    expect(questionReviewLines(data, 'risk', 'system-name')).toEqual([
      '',
      'Waiting for **Dana (DPO)**: Insp. Dana Reyes asked them to answer this question. You can still answer it yourself.',
    ]);
    expect(questionReviewLines(data, 'risk', 'system-purpose')).toEqual([]);
    expect(questionReviewLines(data, 'readiness', 'system-name')).toEqual([]);
  });

  it('shows names as typed, never as Markdown, since people choose them', () => {
    const data = withReview({
      assignments: [
        {
          questionnaireId: 'risk',
          questionId: 'system-name',
          assignee: { id: 'u1', name: '**Chief** [click](https://example.org)' },
          assignedBy: null,
          at,
        },
      ],
      comments: [
        {
          id: 'c1',
          questionnaireId: 'risk',
          questionId: 'system-name',
          author: { id: 'u2', name: '_Boss_', channel: 'web' },
          at,
          text: 'See the contract.',
        },
      ],
    });
    const text = questionReviewLines(data, 'risk', 'system-name').join('\n');
    expect(text).toContain('Waiting for **\\*\\*Chief\\*\\* \\[click\\](https\\://example.org)**');
    expect(text).toContain('\\_Boss\\_:');
    expect(text).not.toContain('[click](https://example.org)');
  });

  it('quotes the latest two comments, counts the earlier ones, and names an anonymous author plainly', () => {
    const comment = (index: number, author: typeof reyes | null) => ({
      id: `c${index}`,
      questionnaireId: 'risk',
      questionId: 'system-name',
      author,
      at,
      text: `Comment ${index}`,
    });
    const data = withReview({ comments: [comment(1, reyes), comment(2, reyes), comment(3, null)] });
    expect(questionReviewLines(data, 'risk', 'system-name')).toEqual([
      '',
      'Comments (3):',
      '',
      '(1 earlier not shown)',
      '',
      'Insp. Dana Reyes:',
      '> Comment 2',
      '',
      'Someone not signed in:',
      '> Comment 3',
    ]);
  });
});
