import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/conversation/session-data.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { contributor, storedState } from './review-fixture.ts';

const dpo = { id: 'user-dpo', name: 'Data Protection Officer' };

async function assigned(questionIds: string[]) {
  const audits: AuditEntry[][] = [];
  const { assistant, store } = createTestAssistant({ onAudit: (_id, entries) => audits.push([...entries]) });
  const sessionId = await newSession(assistant);
  const first = await send(assistant, sessionId, { action: 'start:readiness' });
  expect(first.question?.id).toBe('ai-strategy');
  for (const questionId of questionIds) {
    const result = await assistant.assignQuestion(sessionId, {
      questionId,
      assignee: dpo,
      actor: contributor,
    });
    if (!result.success) throw result.error;
  }
  return { assistant, store, sessionId, audits };
}

describe('resolveAnsweredAssignments (through handleTurn)', () => {
  it('removes the assignment of the question a turn answers, in the same save, and audits it', async () => {
    const { assistant, store, sessionId, audits } = await assigned(['ai-strategy', 'ai-accountability']);
    const before = await storedState(store, sessionId);
    const answerer = { id: 'user-dpo', name: 'Data Protection Officer', channel: 'slack' };
    const reply = await assistant.handleTurn({
      sessionId,
      action: 'answer:ai-strategy:yes',
      actor: answerer,
    });
    if (!reply.success) throw reply.error;
    const after = await storedState(store, sessionId);
    expect(after.revision).toBe(before.revision + 1);
    const summary = await assistant.summarizeAssessment(sessionId);
    if (!summary.success) throw summary.error;
    expect(summary.data.waiting).toBe(1);
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.review.assignments.map((entry) => entry.questionId)).toEqual(['ai-accountability']);
    expect(audits.at(-1)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: 'answered', questionId: 'ai-strategy' }),
        {
          at: expect.any(String),
          actor: answerer,
          questionnaireId: 'readiness',
          questionId: 'ai-strategy',
          event: 'assignment-cleared',
        },
      ]),
    );
  });

  it('keeps assignments when the turn records no answer to their question', async () => {
    const { assistant, sessionId } = await assigned(['ai-strategy']);
    await send(assistant, sessionId, { text: 'note: ask the DPO about the strategy' });
    await send(assistant, sessionId, { action: 'explain' });
    const summary = await assistant.summarizeAssessment(sessionId);
    if (!summary.success) throw summary.error;
    expect(summary.data.waiting).toBe(1);
  });
});
