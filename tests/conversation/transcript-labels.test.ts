import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../src/conversation/session-data.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

const selection = 'answer:data-types:biometric+images-video+criminal-records';
const selectionLabel =
  '1. Biometric data (faces, fingerprints, voices), 2. Images or video, 6. Criminal records';

/** A risk walkthrough at the data-types question (a multiple-choice one). */
async function atDataTypes() {
  const { assistant, store } = createTestAssistant();
  const sessionId = await newSession(assistant);
  await send(assistant, sessionId, { action: 'start:risk' });
  await send(assistant, sessionId, { text: 'Face matching pilot' });
  await send(assistant, sessionId, { action: 'answer:system-purpose:identification' });
  await send(assistant, sessionId, { action: 'answer:lifecycle-stage:deployment' });
  const reply = await send(assistant, sessionId, { action: 'answer:sourcing:procured' });
  expect(reply.question?.id).toBe('data-types');
  return { assistant, store, sessionId };
}

async function userEntries(
  assistant: ReturnType<typeof createTestAssistant>['assistant'],
  sessionId: string,
) {
  const view = await assistant.getSession(sessionId);
  if (!view.success) throw view.error;
  return view.data.transcript.filter(
    (entry): entry is Extract<TranscriptEntry, { role: 'user' }> => entry.role === 'user',
  );
}

describe('transcript labels for clicked actions', () => {
  it('records a multiple-choice selection with the labels that were shown, not its code', async () => {
    const { assistant, store, sessionId } = await atDataTypes();
    await send(assistant, sessionId, { action: selection });
    const log = await store.loadLog(sessionId);
    const recorded = log?.transcript.findLast((entry) => (entry as { role: string }).role === 'user') as
      | TranscriptEntry
      | undefined;
    expect(recorded).toMatchObject({ role: 'user', action: selection, text: selectionLabel });
    expect((await userEntries(assistant, sessionId)).at(-1)?.text).toBe(selectionLabel);
  });

  it('labels a clicked single option as its button did', async () => {
    const { assistant, sessionId } = await atDataTypes();
    const entries = await userEntries(assistant, sessionId);
    expect(entries.map((entry) => entry.text)).toContain('1. Identifying or verifying people or objects');
  });

  it('shows entries recorded before labels were kept by their labels, best effort', async () => {
    const { assistant, store, sessionId } = await atDataTypes();
    const stored = await store.load(sessionId);
    if (stored === undefined) throw new Error('no session');
    const at = '2026-01-01T00:10:00.000Z';
    // What earlier releases wrote for a selection and a "Change" click: the bare action as text.
    await store.save(sessionId, stored.data, {
      expectedRevision: stored.revision,
      updatedAt: at,
      append: {
        transcript: [
          { role: 'user', at, text: selection, action: selection },
          { role: 'user', at, text: 'edit:system-name', action: 'edit:system-name' },
          { role: 'user', at, text: 'nav:back', action: 'nav:back' },
          { role: 'user', at, text: 'answer:no-such-question:x', action: 'answer:no-such-question:x' },
        ],
      },
    });
    const texts = (await userEntries(assistant, sessionId)).slice(-4).map((entry) => entry.text);
    expect(texts).toEqual([
      selectionLabel,
      'Change: What is the AI system called?',
      'Back',
      // Nothing shown matches it: the code stays rather than a guess.
      'answer:no-such-question:x',
    ]);
  });
});
