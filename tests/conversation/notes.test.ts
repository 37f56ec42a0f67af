import { describe, expect, it } from 'vitest';
import { withReviewText } from '../../src/channels/shared/with-review-text.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

const dpia = 'we have a DPIA and human review of every match';

async function startRisk() {
  const { assistant } = createTestAssistant();
  const sessionId = await newSession(assistant);
  const first = await send(assistant, sessionId, { action: 'start:risk' });
  return { assistant, sessionId, first };
}

async function riskAnswers(
  assistant: ReturnType<typeof createTestAssistant>['assistant'],
  sessionId: string,
) {
  const view = await assistant.getSession(sessionId);
  if (!view.success) throw view.error;
  return view.data.answers.risk?.answers ?? {};
}

const text = (reply: Reply) => reply.messages.map((message) => message.text).join('\n');
const actions = (reply: Reply) => reply.quickReplies.map((quickReply) => quickReply.id);

describe('notes and evidence in a walkthrough', () => {
  it('keeps a typed note beside the question on screen without answering it', async () => {
    const { assistant, sessionId, first } = await startRisk();
    expect(first.question?.id).toBe('system-name');
    const reply = await send(assistant, sessionId, { text: `note: ${dpia}` });
    expect(text(reply)).toContain('Note kept for this question');
    expect(text(reply)).toContain('we have a DPIA and human review of every match');
    expect(reply.question?.id).toBe('system-name');
    expect(reply.messages.filter((message) => message.kind === 'error')).toEqual([]);
    expect(await riskAnswers(assistant, sessionId)).toEqual({});
    // The card shows the note when the question is shown again.
    const again = await send(assistant, sessionId, { action: 'where-was-i' });
    expect(text(again)).toContain(dpia);
  });

  it('joins a second note to the first and labels note and evidence once they meet', async () => {
    const { assistant, sessionId } = await startRisk();
    await send(assistant, sessionId, { text: 'note: first remark' });
    const reply = await send(assistant, sessionId, { text: 'evidence: DPIA v2 signed 3 March 2026' });
    expect(text(reply)).toContain('Evidence kept for this question');
    expect(text(reply)).toContain('Note: first remark');
    expect(text(reply)).toContain('Evidence: DPIA v2 signed 3 March 2026');
    const cleared = await send(assistant, sessionId, { text: 'clear note' });
    expect(text(cleared)).toContain('The note on this question was removed.');
    expect(text(cleared)).not.toContain('first remark');
  });

  it('offers to keep refused free text as a note, and keeps it without recording an answer', async () => {
    const { assistant, sessionId } = await startRisk();
    await send(assistant, sessionId, { text: 'Face matching pilot' });
    const refused = await send(assistant, sessionId, { text: dpia });
    expect(refused.question?.id).toBe('system-purpose');
    expect(actions(refused)).toContain('proposal:note');
    expect(refused.quickReplies.find((quickReply) => quickReply.id === 'proposal:note')?.label).toBe(
      'Keep my text as a note',
    );
    const kept = await send(assistant, sessionId, { action: 'proposal:note' });
    expect(text(kept)).toContain('Note kept for this question');
    expect(text(kept)).toContain(dpia);
    expect(kept.question?.id).toBe('system-purpose');
    expect(Object.keys(await riskAnswers(assistant, sessionId))).toEqual(['system-name']);
    expect(actions(kept)).not.toContain('proposal:note');
    // The words are used once: a second click has nothing left to keep.
    const again = await send(assistant, sessionId, { action: 'proposal:note' });
    expect(text(again)).toContain('There is no unrecorded text of yours to keep here.');
  });

  it('refuses a free-text answer over the answer limit whole, naming the limit, and keeps it as a note', async () => {
    const { assistant, sessionId } = await startRisk();
    const long = 'word '.repeat(500).trim();
    const refused = await send(assistant, sessionId, { text: long });
    expect(text(refused)).toContain(
      'Your answer has 2,499 characters; an answer here can have at most 2,000.',
    );
    expect(await riskAnswers(assistant, sessionId)).toEqual({});
    expect(actions(refused)).toContain('proposal:note');
    const kept = await send(assistant, sessionId, { action: 'proposal:note' });
    expect(text(kept)).toContain('Note kept for this question');
    expect(await riskAnswers(assistant, sessionId)).toEqual({});
  });

  it('does not send a long paste at an option question to the Toolkit search ("longer than 500 characters")', async () => {
    const { assistant, sessionId } = await startRisk();
    await send(assistant, sessionId, { text: 'Face matching pilot' });
    const paste = `What we do: ${'the officer reviews each candidate list by hand. '.repeat(20)}`;
    const reply = await send(assistant, sessionId, { text: paste });
    expect(text(reply)).not.toContain('500 characters');
    expect(reply.question?.id).toBe('system-purpose');
    expect(actions(reply)).toContain('proposal:note');
  });

  it('refuses a message over the message limit whole, naming the limit and its length', async () => {
    const { assistant, sessionId } = await startRisk();
    const result = await assistant.handleTurn({ sessionId, text: 'x'.repeat(5000) });
    expect(result.success).toBe(false);
    expect(!result.success && result.error.userMessage).toBe(
      'A message can have at most 4,000 characters; this one has 5,000. Nothing was recorded or cut: please send it in shorter parts.',
    );
  });

  it('says where a note belongs when no question is on screen', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const reply = await send(assistant, sessionId, { text: 'note: something' });
    expect(text(reply)).toContain('A note belongs to a question, and no question is on screen.');
  });

  it('invites evidence at a safeguards question', async () => {
    const { assistant, sessionId, first } = await startRisk();
    let reply = first;
    for (let turn = 0; turn < 40 && !reply.question?.id.endsWith('-mitigation'); turn += 1) {
      const question = reply.question;
      if (question === null) throw new Error('left the questions before a safeguards question');
      const option = question.options[0];
      reply = await send(
        assistant,
        sessionId,
        option === undefined ? { text: 'A system' } : { action: `answer:${question.id}:${option.value}` },
      );
    }
    expect(reply.question?.id).toMatch(/-mitigation$/);
    expect(text(reply)).toContain('type "evidence:"');
    const kept = await send(assistant, sessionId, {
      text: 'evidence: DPIA v2, signed 3 March 2026 by the DPO',
    });
    expect(text(kept)).toContain('Evidence kept for this question');
  });

  it('shows notes and evidence beside their question in the review list, in every channel', async () => {
    const { assistant, sessionId } = await startRisk();
    await send(assistant, sessionId, { text: 'evidence: *DPIA* v2\nsigned by the DPO' });
    const review = await send(assistant, sessionId, { action: 'review' });
    const item = review.review?.items.find((entry) => entry.questionId === 'system-name');
    expect(item?.note).toEqual({ kind: 'evidence', text: '*DPIA* v2\nsigned by the DPO' });
    expect(review.review?.items.find((entry) => entry.questionId === 'system-purpose')?.note).toBeUndefined();
    const shown = text(withReviewText(review));
    expect(shown).toContain('Evidence: \\*DPIA\\* v2 signed by the DPO');
  });

  it('puts the notes into every report format of the session', async () => {
    const { assistant, sessionId } = await startRisk();
    await send(assistant, sessionId, { text: `note: ${dpia}` });
    for (const format of ['md', 'html', 'json'] as const) {
      const report = await assistant.report(sessionId, { questionnaireId: 'risk', format });
      if (!report.success) throw report.error;
      expect(report.data.body).toContain(dpia);
    }
  });

  it('keeps the words of a reading waiting for confirmation as a note instead, recording nothing', async () => {
    const { assistant, sessionId } = await startRisk();
    await send(assistant, sessionId, { text: 'Face matching pilot' });
    const proposed = await send(assistant, sessionId, { text: 'we identify people' });
    expect(actions(proposed)).toEqual(expect.arrayContaining(['proposal:confirm', 'proposal:note']));
    const kept = await send(assistant, sessionId, { action: 'proposal:note' });
    expect(text(kept)).toContain('Note kept for this question');
    expect(text(kept)).toContain('we identify people');
    expect(kept.question?.id).toBe('system-purpose');
    expect(actions(kept)).not.toContain('proposal:confirm');
    expect(Object.keys(await riskAnswers(assistant, sessionId))).toEqual(['system-name']);
  });
});
