import { describe, expect, it } from 'vitest';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

/** A schema-version-1 session (the previous release): its recent replies inline in the blob. */
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
    processed: [{ messageId: 'm-old', fingerprint: JSON.stringify(['Face matcher', null]), reply }],
  };
  return { stored: { ...stored, data }, reply };
}

describe('processed messages of a version-1 session', () => {
  it('still answers a retry of a message from before the upgrade after the next turn is saved', async () => {
    const legacy = await legacySession();
    const store = createMemorySessionStore();
    const { id: sessionId, createdAt, updatedAt, owner, data } = legacy.stored;
    await store.create({ id: sessionId, createdAt, updatedAt, owner, data });
    const { assistant } = createTestAssistant({ store });

    // The first turn after the upgrade moves the inline log out of the blob ...
    await send(assistant, sessionId, { text: '1' }, { messageId: 'm-new' });
    const revision = (await store.load(sessionId))?.revision;
    // ... and a late retry of the message answered before the upgrade is not applied again.
    expect(await send(assistant, sessionId, { text: 'Face matcher' }, { messageId: 'm-old' })).toEqual(
      legacy.reply,
    );
    expect((await store.load(sessionId))?.revision).toBe(revision);
    expect(await store.findProcessed(sessionId, 'm-old')).toMatchObject({ reply: legacy.reply });
  });
});
