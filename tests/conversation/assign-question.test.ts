import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/conversation/session-data.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { contributor, signedSession, storedState } from './review-fixture.ts';

const dpo = { id: 'user-dpo', name: 'Data Protection Officer' };
const legal = { id: 'user-legal' };

async function started() {
  const audits: AuditEntry[][] = [];
  const { assistant, store } = createTestAssistant({ onAudit: (_id, entries) => audits.push([...entries]) });
  const sessionId = await newSession(assistant);
  await send(assistant, sessionId, { action: 'start:readiness' });
  return { assistant, store, sessionId, audits };
}

describe('assignQuestion (assistant.assignQuestion)', () => {
  it('assigns a question, replaces the assignment, and clears it, each audited', async () => {
    const { assistant, sessionId, audits } = await started();
    const at = '2026-02-01T08:00:00.000Z';
    const first = await assistant.assignQuestion(sessionId, {
      questionId: 'ethics-board',
      assignee: dpo,
      actor: contributor,
      at,
    });
    if (!first.success) throw first.error;
    expect(first.data).toEqual({
      questionnaireId: 'readiness',
      questionId: 'ethics-board',
      assignee: dpo,
      assignedBy: contributor,
      at,
    });
    const replaced = await assistant.assignQuestion(sessionId, {
      questionId: 'ethics-board',
      assignee: legal,
    });
    if (!replaced.success) throw replaced.error;
    let view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.review.assignments).toEqual([replaced.data]);
    expect(replaced.data?.assignedBy).toBeNull();
    const cleared = await assistant.assignQuestion(sessionId, {
      questionId: 'ethics-board',
      assignee: null,
      actor: contributor,
    });
    expect(cleared).toEqual({ success: true, data: null });
    view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.review.assignments).toEqual([]);
    expect(audits.map((entries) => entries.map((entry) => entry.event))).toEqual([
      ['assigned'],
      ['assigned'],
      ['assignment-cleared'],
    ]);
  });

  it('saves nothing when clearing an assignment no one had', async () => {
    const { assistant, store, sessionId, audits } = await started();
    const before = await storedState(store, sessionId);
    const cleared = await assistant.assignQuestion(sessionId, { questionId: 'ethics-board', assignee: null });
    expect(cleared).toEqual({ success: true, data: null });
    expect(await storedState(store, sessionId)).toEqual(before);
    expect(audits).toEqual([]);
  });

  it('refuses an unknown question and an empty assignee', async () => {
    const { assistant, sessionId } = await started();
    const unknown = await assistant.assignQuestion(sessionId, { questionId: 'nope', assignee: dpo });
    expect(unknown.success ? undefined : unknown.error.code).toBe('bad-request');
    const nobody = await assistant.assignQuestion(sessionId, {
      questionId: 'ethics-board',
      assignee: { id: ' ' },
    });
    expect(nobody.success ? undefined : nobody.error.message).toBe('Say whom to assign the question to.');
  });

  it('refuses assignments on a signed questionnaire, saving nothing', async () => {
    const { assistant, store } = createTestAssistant();
    const { sessionId } = await signedSession(assistant);
    const before = await storedState(store, sessionId);
    const refused = await assistant.assignQuestion(sessionId, { questionId: 'ethics-board', assignee: dpo });
    expect(refused.success).toBe(false);
    if (refused.success) return;
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.message).toContain('was signed off on 3 February 2026, 10:15 UTC');
    expect(refused.error.message).toContain('start a reassessment');
    expect(await storedState(store, sessionId)).toEqual(before);
  });
});
