import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/conversation/session-data.ts';
import { persistedWalkthroughSchema } from '../../src/machines/persist-walkthrough.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

async function blobBytes(store: ReturnType<typeof createMemorySessionStore>, sessionId: string) {
  const stored = await store.load(sessionId);
  return new TextEncoder().encode(JSON.stringify(stored?.data)).length;
}

describe('createAssistant session log', () => {
  it('keeps the stored blob the same size over 50 question-only turns', async () => {
    const store = createMemorySessionStore();
    const { assistant } = createTestAssistant({ store });
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { text: 'where was I?' });
    const before = await blobBytes(store, sessionId);
    for (let turn = 0; turn < 50; turn += 1) {
      await send(assistant, sessionId, { text: 'where was I?' }, { messageId: `m-${turn}` });
    }
    const after = await blobBytes(store, sessionId);
    expect(after).toBe(before);
    expect(after).toBeLessThan(2048);
    const log = await store.loadLog(sessionId);
    // The greeting, then a user entry and a reply for each of the 51 turns.
    expect(log?.transcript).toHaveLength(1 + 51 * 2);
  });

  it('appends each turn to the log and tells onAudit only that turn’s entries', async () => {
    const store = createMemorySessionStore();
    const audited: AuditEntry[][] = [];
    const { assistant } = createTestAssistant({
      store,
      onAudit: (_sessionId, entries) => audited.push([...entries]),
    });
    const sessionId = await newSession(assistant);
    const first = await send(assistant, sessionId, { action: 'start:risk' });
    expect(first.question?.id).toBe('system-name');
    await send(assistant, sessionId, { text: 'Face matcher' });
    await send(assistant, sessionId, { text: 'What does proportionality mean?' });
    await send(assistant, sessionId, { text: '1' });

    expect(audited.map((entries) => entries.map((entry) => [entry.event, entry.questionId]))).toEqual([
      [['answered', 'system-name']],
      [['answered', 'system-purpose']],
    ]);
    const log = await store.loadLog(sessionId);
    expect(log?.audit).toEqual(audited.flat());
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.transcript).toEqual(log?.transcript);
    expect(view.data.transcript.map((entry) => entry.role)).toEqual([
      'assistant',
      ...Array.from({ length: 4 }, () => ['user', 'assistant']).flat(),
    ]);
  });

  it('exports the blob with its whole log and imports both back', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    await send(assistant, sessionId, { text: 'Face matcher' });
    const exported = await assistant.exportSession(sessionId);
    if (!exported.success) throw exported.error;
    expect(exported.data.formatVersion).toBe(2);
    expect(exported.data.session.transcript).toHaveLength(5);
    expect(exported.data.session.audit).toHaveLength(1);
    expect(exported.data.session.data).not.toHaveProperty('transcript');

    const imported = await assistant.importSession(JSON.parse(JSON.stringify(exported.data)));
    if (!imported.success) throw imported.error;
    const copy = await assistant.exportSession(imported.data.sessionId);
    if (!copy.success) throw copy.error;
    // The file's log comes back marked as imported, followed by RAIA's own note and audit entry.
    const marked = <T extends object>(entries: T[]) => entries.map((entry) => ({ ...entry, imported: true }));
    expect(copy.data.session.transcript.slice(0, -1)).toEqual(marked(exported.data.session.transcript));
    expect(copy.data.session.transcript.at(-1)).toMatchObject({
      role: 'assistant',
      messages: [{ kind: 'info' }],
    });
    expect(copy.data.session.audit.slice(0, -1)).toEqual(marked(exported.data.session.audit));
    expect(copy.data.session.audit.at(-1)).toMatchObject({ event: 'imported', questionnaireId: 'risk' });
    expect(copy.data.session.data.conversation).toEqual(exported.data.session.data.conversation);
    // The answers are the same; only who they are credited to changed (to the import).
    const answers = (document: typeof exported.data) => {
      const { context } = persistedWalkthroughSchema.parse(document.session.data.assessments.risk?.snapshot);
      return Object.values(context.answers).map(({ value, answeredAt }) => ({ value, answeredAt }));
    };
    expect(answers(copy.data)).toEqual(answers(exported.data));
  });
});
