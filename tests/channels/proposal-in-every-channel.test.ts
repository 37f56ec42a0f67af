import { describe, expect, it } from 'vitest';
import { toMattermost } from '../../src/channels/mattermost/to-mattermost.ts';
import { toBlockKit } from '../../src/channels/slack/to-block-kit.ts';
import { toAdaptiveCard } from '../../src/channels/teams/to-adaptive-card.ts';
import {
  renderTerminalReply,
  terminalInputToTurn,
} from '../../src/channels/terminal/render-terminal-reply.ts';
import { send } from '../conversation/assistant-fixture.ts';
import { atAutonomy, rankedList, ranksLabel } from '../conversation/at-autonomy.ts';

const proposalIds = ['proposal:confirm', 'proposal:reject'];

/** A real reply of RAIA's proposing a reading of the ranked-list sentence. */
async function proposalReply() {
  const { assistant, sessionId } = await atAutonomy();
  return send(assistant, sessionId, { text: rankedList });
}

describe('a proposal in every channel', () => {
  it('is a Slack message that says how RAIA read the text, with confirm and pick-another buttons', async () => {
    const message = toBlockKit(await proposalReply(), { sessionId: 's', publicUrl: undefined });
    expect(message.text).toContain(`I read this as 2. ${ranksLabel}`);
    const values = message.blocks.flatMap((block) =>
      block.type === 'actions' ? block.elements.map((element) => element.value) : [],
    );
    expect(values).toEqual(expect.arrayContaining(proposalIds));
  });

  it('is a Teams card with submit actions for confirm and pick-another', async () => {
    const card = toAdaptiveCard(await proposalReply(), { sessionId: 's', publicUrl: undefined });
    expect(JSON.stringify(card.content.body)).toContain('I read this as');
    const actions = card.content.actions.flatMap((action) =>
      action.type === 'Action.Submit' ? [action.data.raiaAction] : [],
    );
    expect(actions).toEqual(expect.arrayContaining(proposalIds));
  });

  it('is a Mattermost post with one button per proposal action', async () => {
    const reply = await proposalReply();
    const contexts = reply.quickReplies.map((quickReply) => ({
      session: 's',
      channel: 'c',
      user: 'u',
      userName: 'tester',
      nonce: 'bm9uY2Utb2YtYS1wb3N0',
      action: quickReply.id,
      label: quickReply.label,
      expires: '1',
      signature: 'sig',
    }));
    const post = toMattermost(reply, {
      sessionId: 's',
      publicUrl: undefined,
      actionUrl: 'https://m.example/a',
      contexts,
    });
    expect(post.text).toContain('I read this as');
    const actions = post.attachments.flatMap((attachment) =>
      attachment.actions.map((action) => action.integration.context.action),
    );
    expect(actions).toEqual(expect.arrayContaining(proposalIds));
  });

  it('is numbered terminal text where 1 confirms and a typed "yes" goes to RAIA as text', async () => {
    const reply = await proposalReply();
    const screen = renderTerminalReply(reply);
    expect(screen).toContain(`I read this as 2. ${ranksLabel}`);
    expect(screen).toContain('1) Yes, record it');
    expect(screen).toContain('2) No, show the options');
    expect(terminalInputToTurn('1', reply)).toEqual({ action: 'proposal:confirm' });
    expect(terminalInputToTurn('yes', reply)).toEqual({ text: 'yes' });
  });
});
