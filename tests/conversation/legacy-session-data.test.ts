import { describe, expect, it } from 'vitest';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

const fingerprintOf = (text: string) => JSON.stringify([text, null]);

/** A session as the previous release stored it: schema version 1, the log inside the blob. */
async function legacySession() {
  const { assistant, store } = createTestAssistant();
  const sessionId = await newSession(assistant);
  await send(assistant, sessionId, { action: 'start:risk' });
  const reply = await send(assistant, sessionId, { text: 'Face matcher' }, { messageId: 'm-old' });
  const stored = await store.load(sessionId);
  const log = await store.loadLog(sessionId);
  if (stored === undefined || log === undefined) throw new Error('session not stored');
  const data = {
    ...(stored.data as Record<string, unknown>),
    schemaVersion: 1,
    transcript: log.transcript,
    audit: log.audit,
    processed: [{ messageId: 'm-old', fingerprint: fingerprintOf('Face matcher'), reply }],
  };
  return { stored: { ...stored, data }, log, reply };
}

describe('sessions stored by the previous release (schema version 1)', () => {
  it('loads, answers a retried message from the blob, and moves the log out on the next save', async () => {
    const legacy = await legacySession();
    const store = createMemorySessionStore();
    const { id: sessionId, createdAt, updatedAt, owner, data } = legacy.stored;
    await store.create({ id: sessionId, createdAt, updatedAt, owner, data });
    const { assistant } = createTestAssistant({ store });

    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.transcript).toEqual(legacy.log.transcript);
    expect(view.data.state).toBe('risk.asking');

    const retried = await send(assistant, sessionId, { text: 'Face matcher' }, { messageId: 'm-old' });
    expect(retried).toEqual(legacy.reply);
    const reused = await assistant.handleTurn({ sessionId, text: 'Other', messageId: 'm-old' });
    expect(reused.success === false && reused.error.code).toBe('unprocessable');
    expect((await store.load(sessionId))?.revision).toBe(0);

    const next = await send(assistant, sessionId, { text: '1' }, { messageId: 'm-new' });
    expect(next.question?.id).not.toBe('system-purpose');
    const stored = await store.load(sessionId);
    expect(stored?.data).toMatchObject({ schemaVersion: 2 });
    expect(stored?.data).not.toHaveProperty('transcript');
    expect(stored?.data).not.toHaveProperty('processed');
    expect(stored?.data).not.toHaveProperty('audit');
    const log = await store.loadLog(sessionId);
    expect(log?.transcript.slice(0, legacy.log.transcript.length)).toEqual(legacy.log.transcript);
    expect(log?.transcript).toHaveLength(legacy.log.transcript.length + 2);
    expect(log?.audit.slice(0, legacy.log.audit.length)).toEqual(legacy.log.audit);
    expect(log?.audit).toHaveLength(legacy.log.audit.length + 1);
    expect(await send(assistant, sessionId, { text: '1' }, { messageId: 'm-new' })).toEqual(next);
  });

  it('imports a format 1 export and exports it again as format 2', async () => {
    const legacy = await legacySession();
    const { assistant } = createTestAssistant();
    const { id, createdAt, updatedAt, owner, data } = legacy.stored;
    const document = {
      format: 'raia-session-export',
      formatVersion: 1,
      exportedAt: updatedAt,
      session: { id, createdAt, updatedAt, owner, data },
    };
    const imported = await assistant.importSession(document);
    if (!imported.success) throw imported.error;
    const exported = await assistant.exportSession(imported.data.sessionId);
    if (!exported.success) throw exported.error;
    expect(exported.data.formatVersion).toBe(2);
    const marked = (entries: unknown[]) => entries.map((entry) => ({ ...(entry as object), imported: true }));
    expect(exported.data.session.transcript.slice(0, -1)).toEqual(marked(legacy.log.transcript));
    expect(exported.data.session.audit.slice(0, legacy.log.audit.length)).toEqual(marked(legacy.log.audit));
    expect(exported.data.session.data.schemaVersion).toBe(2);
    const report = await assistant.report(imported.data.sessionId, { format: 'json' });
    expect(report.success).toBe(true);
  });

  it('refuses an export of an unknown format version, naming the field', async () => {
    const { assistant } = createTestAssistant();
    const refused = await assistant.importSession({ format: 'raia-session-export', formatVersion: 3 });
    expect(refused.success === false && refused.error.code).toBe('bad-request');
    expect(refused.success === false && refused.error.userMessage).toContain('formatVersion');
  });
});
