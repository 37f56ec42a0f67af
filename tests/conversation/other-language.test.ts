import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/conversation/reply.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

const textOf = (reply: Reply) => reply.messages.map((message) => message.text).join('\n');
const readsEnglish = /RAIA reads English for now/;

describe('createAssistant with a message in another language', () => {
  it.each([
    ["Qu'est-ce que la proportionnalité ?"],
    ['¿Qué dice el kit sobre el reconocimiento facial?'],
    ['Was sagt das Toolkit über Gesichtserkennung?'],
  ])('says plainly that it reads English, never "does not cover", for %j', async (text) => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const reply = await send(assistant, sessionId, { text });
    expect(textOf(reply)).toMatch(readsEnglish);
    expect(textOf(reply)).not.toMatch(/does not cover/);
    expect(reply.messages.some((message) => message.kind === 'answer')).toBe(false);
  });

  it('keeps the walkthrough on the same question and records nothing', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    await send(assistant, sessionId, { text: 'Vendor face-matching pilot' });
    const reply = await send(assistant, sessionId, {
      text: 'el sistema da una lista de candidatos y un agente decide',
    });
    expect(textOf(reply)).toMatch(readsEnglish);
    expect(reply.state).toBe('risk.asking');
    expect(reply.messages.find((message) => message.kind === 'question')?.text).toContain(
      'What is the system mainly used for?',
    );
    expect(reply.quickReplies.some((quickReply) => quickReply.id.startsWith('proposal:'))).toBe(false);
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(Object.keys(view.data.answers.risk?.answers ?? {})).toEqual(['system-name']);
  });

  it('still reads English answers that contain a word of another language', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const reply = await send(assistant, sessionId, { text: 'Reconnaissance faciale de la police' });
    expect(textOf(reply)).not.toMatch(readsEnglish);
    expect(textOf(reply)).toContain('Recorded:');
  });
});
