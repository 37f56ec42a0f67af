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
  it('opens the session on first contact and returns the greeting before the reply', async () => {
    const fake = createFakeAssistant();
    const result = await runTeamChatTurn(fake.assistant, { ...turn, input: { text: 'start risk' } });
    expect(result.success && result.data.map((reply) => reply.messages[0]?.text)).toEqual([
      'Hello, I am **RAIA**.',
      'Question 1: is the *system* in use?',
    ]);
    expect(fake.sessions.get('session-1')?.owner).toEqual(turn.owner);
  });

  it('answers a bare mention with the greeting first, then with where the conversation stands', async () => {
    const fake = createFakeAssistant();
    const first = await runTeamChatTurn(fake.assistant, { ...turn, input: { text: '  ' } });
    expect(first.success && first.data).toHaveLength(1);
    expect(fake.sessions.get('session-1')?.applied).toEqual([]);
    await runTeamChatTurn(fake.assistant, { ...turn, messageId: 'slack:Ev2', input: { text: '' } });
    expect(fake.sessions.get('session-1')?.applied[0]).toMatchObject({ action: 'where-was-i' });
  });

  it('treats a session created concurrently by another delivery as existing', async () => {
    const fake = createFakeAssistant();
    const racing = fake.assistant.getSession;
    fake.assistant.getSession = async (sessionId) => {
      await fake.assistant.createSession({ sessionId, owner: null });
      return racing('missing');
    };
    const result = await runTeamChatTurn(fake.assistant, { ...turn, input: { action: 'answer:yes' } });
    expect(result.success && result.data).toHaveLength(1);
    expect(fake.sessions.get('session-1')?.applied).toHaveLength(1);
  });
});
