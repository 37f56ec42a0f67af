import { describe, expect, it } from 'vitest';
import {
  type SessionData,
  sessionDataSchema,
  transcriptEntrySchema,
} from '../../src/conversation/session-data.ts';
import { signedChangeRefusal } from '../../src/conversation/signed-change-refusal.ts';
import {
  type PersistedWalkthrough,
  persistedWalkthroughSchema,
} from '../../src/machines/persist-walkthrough.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createTestAssistant, send } from './assistant-fixture.ts';
import { signedSession, storedState } from './review-fixture.ts';

const frozen =
  'This assessment was signed off on 3 February 2026, 10:15 UTC by Chief Insp. Ada Okafor (approved with conditions), so it can no longer change. To assess the system again, start a reassessment.';

describe('signedChangeRefusal (through handleTurn)', () => {
  it.each([
    ['changing an answer', { action: 'edit:ai-strategy' }],
    ['reopening it for review', { action: 'review' }],
    ['restarting it', { action: 'restart' }],
    ['finding the next unanswered question', { action: 'nav:next-unanswered' }],
  ])('refuses %s with a conflict and saves nothing, transcript included', async (_name, message) => {
    const { assistant, store } = createTestAssistant();
    const { sessionId } = await signedSession(assistant);
    const before = await storedState(store, sessionId);
    const refused = await assistant.handleTurn({ sessionId, ...message });
    expect(refused.success).toBe(false);
    if (refused.success) return;
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.message).toBe(frozen);
    expect(await storedState(store, sessionId)).toEqual(before);
  });

  it('keeps reading turns working: results, the menu, a Toolkit question, resuming it', async () => {
    const { assistant, store } = createTestAssistant();
    const { sessionId } = await signedSession(assistant);
    const results = await send(assistant, sessionId, { action: 'results' });
    expect(results.report?.questionnaireId).toBe('readiness');
    await send(assistant, sessionId, { action: 'menu' });
    const answer = await send(assistant, sessionId, { text: 'What is the AI Toolkit?' });
    expect(answer.messages.some((message) => message.kind === 'answer')).toBe(true);
    const resumed = await send(assistant, sessionId, { action: 'start:readiness' });
    expect(resumed.state).toBe('readiness.completed');
    // Each reading turn was saved with its transcript as usual.
    const after = transcriptEntrySchema.array().parse((await storedState(store, sessionId)).log.transcript);
    expect(after.slice(-8).map((entry) => entry.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
    const lastUser = after.filter((entry) => entry.role === 'user').at(-1);
    expect(lastUser?.role === 'user' ? lastUser.action : undefined).toBe('start:readiness');
  });

  it('leaves the other questionnaires of the session open to answers', async () => {
    const { assistant } = createTestAssistant();
    const { sessionId } = await signedSession(assistant);
    const first = await send(assistant, sessionId, { action: 'start:risk' });
    expect(first.question?.id).toBe('system-name');
    const next = await send(assistant, sessionId, { text: 'Face matching pilot' });
    expect(next.question?.id).not.toBe('system-name');
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.answers['system-name']?.value).toBe('Face matching pilot');
  });
});

/** Reverses the key order of every object, as a store or another runtime might hand the JSON back. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reversedKeys(item)]),
  );
}

async function signedData() {
  const { assistant, store } = createTestAssistant();
  const { sessionId } = await signedSession(assistant);
  const data = sessionDataSchema.parse((await storedState(store, sessionId)).data);
  const record = data.assessments.readiness;
  if (record === undefined) throw new Error('no readiness answers');
  const snapshot = persistedWalkthroughSchema.parse(record.snapshot);
  const withSnapshot = (next: PersistedWalkthrough): SessionData => ({
    ...data,
    assessments: { ...data.assessments, readiness: { ...record, snapshot: next } },
  });
  return { data, snapshot, withSnapshot };
}

describe('signedChangeRefusal', () => {
  const registry = createDefaultQuestionnaireRegistry();

  it('refuses a note added to the signed questionnaire, whatever path added it', async () => {
    const { data, snapshot, withSnapshot } = await signedData();
    const noted = withSnapshot({
      ...snapshot,
      context: {
        ...snapshot.context,
        notes: { 'ai-strategy': { text: 'added later', kind: 'note', at: '2026-03-01T00:00:00.000Z' } },
      },
    });
    expect(signedChangeRefusal(data, noted, registry, 'UTC')?.message).toBe(frozen);
  });

  it('refuses dropping the signed questionnaire and a held proposal on it', async () => {
    const { data, snapshot, withSnapshot } = await signedData();
    const { readiness: _dropped, ...others } = data.assessments;
    expect(signedChangeRefusal(data, { ...data, assessments: others }, registry, 'UTC')?.code).toBe(
      'conflict',
    );
    const answerAt = Object.values(snapshot.context.answers)[0]?.answeredAt ?? '';
    const changedTime = withSnapshot({
      ...snapshot,
      context: {
        ...snapshot.context,
        answers: { ...snapshot.context.answers, 'ai-strategy': { value: 'yes', answeredAt: `${answerAt}x` } },
      },
    });
    expect(signedChangeRefusal(data, changedTime, registry, 'UTC')?.code).toBe('conflict');
  });

  it('lets the same content through when it comes back in another key order', async () => {
    const { data, snapshot, withSnapshot } = await signedData();
    const reordered = withSnapshot(persistedWalkthroughSchema.parse(reversedKeys(snapshot)));
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(data));
    expect(signedChangeRefusal(data, reordered, registry, 'UTC')).toBeUndefined();
  });

  it('writes the date in the configured time zone', async () => {
    const { data } = await signedData();
    const { readiness: _dropped, ...others } = data.assessments;
    expect(
      signedChangeRefusal(data, { ...data, assessments: others }, registry, 'Europe/Berlin')?.message,
    ).toContain('signed off on 3 February 2026, 11:15 Central European Standard Time (1 hour ahead of UTC)');
  });
});
