import { describe, expect, it } from 'vitest';
import { type AuditEntry, type SessionData, sessionDataSchema } from '../../src/conversation/session-data.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { contributor, signedSession, storedState } from './review-fixture.ts';

async function started() {
  const audits: AuditEntry[][] = [];
  const { assistant, store } = createTestAssistant({ onAudit: (_id, entries) => audits.push([...entries]) });
  const sessionId = await newSession(assistant);
  await send(assistant, sessionId, { action: 'start:readiness' });
  return { assistant, store, sessionId, audits };
}

describe('addComment (assistant.addComment)', () => {
  it('keeps a trimmed comment on the question, and audits who commented where but never what', async () => {
    const { assistant, sessionId, audits } = await started();
    const added = await assistant.addComment(sessionId, {
      questionId: 'ai-strategy',
      text: '  The strategy was approved in 2025; ask the CIO for the minutes.  ',
      actor: contributor,
      at: '2026-02-01T08:00:00.000Z',
    });
    if (!added.success) throw added.error;
    expect(added.data).toEqual({
      id: expect.any(String),
      questionnaireId: 'readiness',
      questionId: 'ai-strategy',
      author: contributor,
      at: '2026-02-01T08:00:00.000Z',
      text: 'The strategy was approved in 2025; ask the CIO for the minutes.',
    });
    expect(audits.at(-1)).toEqual([
      {
        at: '2026-02-01T08:00:00.000Z',
        actor: contributor,
        questionnaireId: 'readiness',
        questionId: 'ai-strategy',
        event: 'comment-added',
      },
    ]);
    expect(JSON.stringify(audits)).not.toContain('minutes');
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.review.comments).toEqual([added.data]);
  });

  it('refuses an empty comment, one over 4,000 characters and an unknown question, saving nothing', async () => {
    const { assistant, store, sessionId } = await started();
    const before = await storedState(store, sessionId);
    const cases: Array<[{ questionId: string; text: string; questionnaireId?: string }, string]> = [
      [{ questionId: 'ai-strategy', text: '   ' }, 'A comment needs some text.'],
      [
        { questionId: 'ai-strategy', text: 'x'.repeat(4001) },
        'A comment can be at most 4,000 characters; this one has 4,001. Nothing was saved: please split it into shorter comments.',
      ],
      [
        { questionId: 'no-such-question', text: 'Hello' },
        'The Organizational readiness for responsible AI (version 1) has no question "no-such-question".',
      ],
      [
        { questionnaireId: 'dpia', questionId: 'x', text: 'Hello' },
        'There is no questionnaire called "dpia".',
      ],
    ];
    for (const [request, message] of cases) {
      const refused = await assistant.addComment(sessionId, request);
      expect(refused.success).toBe(false);
      if (refused.success) continue;
      expect([refused.error.code, refused.error.message]).toEqual(['bad-request', message]);
    }
    expect(await storedState(store, sessionId)).toEqual(before);
  });

  it('accepts a comment on a questionnaire the session has not started, against its latest version', async () => {
    const { assistant, sessionId } = await started();
    const added = await assistant.addComment(sessionId, {
      questionnaireId: 'risk',
      questionId: 'system-name',
      text: 'Use the name in the contract.',
    });
    if (!added.success) throw added.error;
    expect(added.data).toMatchObject({ questionnaireId: 'risk', questionId: 'system-name', author: null });
  });

  it('still takes comments after sign-off: the discussion goes on while the answers stay frozen', async () => {
    const { assistant } = createTestAssistant();
    const { sessionId } = await signedSession(assistant);
    const added = await assistant.addComment(sessionId, {
      questionId: 'ai-strategy',
      text: 'Noted for next year.',
    });
    expect(added.success).toBe(true);
  });

  it('refuses the 501st comment of a session with a plain reason', async () => {
    const { assistant, store, sessionId } = await started();
    const row = await store.load(sessionId);
    if (row === undefined) throw new Error('no session');
    const data: SessionData = sessionDataSchema.parse(row.data);
    const comments = Array.from({ length: 500 }, (_, index) => ({
      id: `comment-${index}`,
      questionnaireId: 'readiness',
      questionId: 'ai-strategy',
      author: null,
      at: '2026-02-01T08:00:00.000Z',
      text: `Comment ${index}`,
    }));
    const saved = await store.save(
      sessionId,
      { ...data, comments },
      { expectedRevision: row.revision, updatedAt: '2026-02-01T08:00:00.000Z' },
    );
    expect(saved.success).toBe(true);
    const full = await assistant.addComment(sessionId, { questionId: 'ai-strategy', text: 'One more' });
    expect(full.success).toBe(false);
    if (full.success) return;
    expect(full.error.code).toBe('unprocessable');
    expect(full.error.message).toBe(
      "This session already holds 500 comments, the most it can keep, so this one was not added. Keep the rest of the discussion in the agency's own records.",
    );
  });
});
