import { describe, expect, it } from 'vitest';
import { runTeamChatTurn } from '../../../src/channels/shared/run-team-chat-turn.ts';
import { createFakeAssistant } from '../fake-assistant.ts';

const turn = {
  sessionId: 'session-1',
  owner: { organisationId: 'slack:T1', userId: 'U1' },
  actor: { id: 'U1', channel: 'slack' },
  messageId: 'slack:Ev1',
  at: '2026-03-02T10:00:00.000Z',
};

describe('runTeamChatTurn', () => {
  it('opens the session on first contact and answers in one reply that starts with an introduction', async () => {
    const fake = createFakeAssistant();
    const result = await runTeamChatTurn(fake.assistant, { ...turn, input: { text: 'start risk' } });
    if (!result.success) throw result.error;
    // One reply, so every channel posts one message: the greeting's first paragraph, then the answer.
    expect(result.data.messages.map((message) => [message.kind, message.text])).toEqual([
      ['greeting', 'Hello, I am **RAIA**. You can say *help* at any time to see what I can do.'],
      ['question', 'Question 1: is the *system* in use?'],
    ]);
    // The answer's choices, not the greeting's menu: the request already chose where to go.
    expect(result.data.quickReplies.map((quickReply) => quickReply.id)).toEqual(['answer:yes', 'answer:no']);
    expect(fake.sessions.get('session-1')?.owner).toEqual(turn.owner);
  });

  it('answers a bare mention with the greeting first, then with where the conversation stands', async () => {
    const fake = createFakeAssistant();
    const first = await runTeamChatTurn(fake.assistant, { ...turn, input: { text: '  ' } });
    expect(first.success && first.data.messages.map((message) => message.text)).toEqual([
      'Hello, I am **RAIA**.',
    ]);
    expect(fake.sessions.get('session-1')?.applied).toEqual([]);
    await runTeamChatTurn(fake.assistant, { ...turn, messageId: 'slack:Ev2', input: { text: '' } });
    expect(fake.sessions.get('session-1')?.applied[0]).toMatchObject({ action: 'where-was-i' });
  });

  it('checks that the session exists without reading its transcript', async () => {
    const fake = createFakeAssistant();
    await runTeamChatTurn(fake.assistant, { ...turn, input: { text: 'start risk' } });
    const transcriptReads: string[] = [];
    const getSession = fake.assistant.getSession;
    fake.assistant.getSession = async (sessionId) => {
      transcriptReads.push(sessionId);
      return getSession(sessionId);
    };
    const result = await runTeamChatTurn(fake.assistant, {
      ...turn,
      messageId: 'slack:Ev2',
      input: { action: 'answer:yes' },
    });
    expect(result.success && result.data.messages.map((message) => message.kind)).toEqual(['question']);
    expect(transcriptReads).toEqual([]);
  });

  it('treats a session created concurrently by another delivery as existing', async () => {
    const fake = createFakeAssistant();
    const racing = fake.assistant.ownerOf;
    fake.assistant.ownerOf = async (sessionId) => {
      await fake.assistant.createSession({ sessionId, owner: null });
      return racing('missing');
    };
    const result = await runTeamChatTurn(fake.assistant, { ...turn, input: { action: 'answer:yes' } });
    expect(result.success && result.data.messages.map((message) => message.kind)).toEqual(['question']);
    expect(fake.sessions.get('session-1')?.applied).toHaveLength(1);
  });
});
