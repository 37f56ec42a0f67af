import { describe, expect, it } from 'vitest';
import { runTeamChatTurn } from '../../../src/channels/shared/run-team-chat-turn.ts';
import { toBlockKit } from '../../../src/channels/slack/to-block-kit.ts';
import { createTestAssistant } from '../../conversation/assistant-fixture.ts';

const turn = {
  sessionId: 'slack:T1:C1:1700000000.000100',
  owner: { organisationId: 'slack:T1', userId: 'U1' },
  actor: { id: 'U1', channel: 'slack' },
  messageId: undefined,
  at: '2026-03-02T10:00:00.000Z',
};

describe('team-chat turns over the message limit', () => {
  it('are refused whole with the limit named, for the platform to post as its reply', async () => {
    const { assistant } = createTestAssistant();
    await runTeamChatTurn(assistant, { ...turn, input: { text: 'start risk' } });
    const result = await runTeamChatTurn(assistant, { ...turn, input: { text: 'x'.repeat(4200) } });
    expect(result.success).toBe(false);
    expect(!result.success && result.error.userMessage).toBe(
      'A message can have at most 4,000 characters; this one has 4,200. Nothing was recorded or cut: please send it in shorter parts.',
    );
    const view = await assistant.getSession(turn.sessionId);
    expect(view.success && view.data.answers.risk?.answers).toEqual({});
  });

  it('offer "Keep my text as a note" as a button where text was refused', async () => {
    const { assistant } = createTestAssistant();
    await runTeamChatTurn(assistant, { ...turn, input: { text: 'start risk' } });
    await runTeamChatTurn(assistant, { ...turn, input: { text: 'Face matching pilot' } });
    const refused = await runTeamChatTurn(assistant, {
      ...turn,
      input: { text: 'we have a DPIA and human review of every match' },
    });
    if (!refused.success) throw refused.error;
    expect(refused.data.quickReplies.map((quickReply) => quickReply.label)).toContain(
      'Keep my text as a note',
    );
    const slack = JSON.stringify(
      toBlockKit(refused.data, { sessionId: turn.sessionId, publicUrl: undefined }),
    );
    expect(slack).toContain('Keep my text as a note');
    expect(slack).toContain('proposal:note');
  });
});
