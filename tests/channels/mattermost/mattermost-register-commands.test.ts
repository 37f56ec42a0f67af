import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgencyService } from '../../../src/agency/create-agency-service.ts';
import { conversationSessionId } from '../../../src/channels/shared/conversation-sessions.ts';
import type { Assistant } from '../../../src/conversation/assistant.ts';
import { createMemoryRegisterStore } from '../../../src/register/memory-register-store.ts';
import { createTestAssistant } from '../../conversation/assistant-fixture.ts';
import { actionSecret, channelId, invoker, startMattermostKit } from './mattermost-test-kit.ts';

const team = 'tsb8crrn5tgqtedpkt81b4tcya';
const reader = { id: 'aoa1agao6t8fmx3ikt1j9w5ybw', name: 'rita' };

let kit: Awaited<ReturnType<typeof startMattermostKit>>;
let assistant: Assistant;
let commands = 0;
beforeEach(async () => {
  assistant = createTestAssistant().assistant;
  const agency = createAgencyService({ assistant, registerStore: createMemoryRegisterStore() });
  kit = await startMattermostKit({
    assistant,
    agency,
    environment: { RAIA_ROLES: `mattermost:${team}:${invoker.id}=owner+contributor` },
  });
});
afterEach(() => kit.mattermost.close());

/** `/raia <text>` as `user`; returns what RAIA posted to the command's response_url. */
async function command(text: string, user: { id: string; name: string } = invoker) {
  commands += 1;
  await kit.app.request(kit.commandRequest({ text, user, triggerId: `dHJpZ2dlcg${commands}` }));
  await kit.background.settle();
  const post = kit.posts().at(-1);
  if (post === undefined) throw new Error('RAIA posted nothing');
  return post;
}

describe('Mattermost: register commands', () => {
  it('registers and assesses a system in the channel, and retires the earlier session’s buttons', async () => {
    expect((await command('register system Face match')).text).toContain('Registered **Face match**');
    const greeting = await command('');
    const assessed = await command('assess Face match');
    expect(assessed.text).toContain('Risk assessment of **Face match** started');
    // The channel had a conversation with nothing answered: the assessment is its next session.
    const next = await conversationSessionId(actionSecret, ['mattermost', channelId], 1);
    expect(await assistant.systemOf(next)).toMatchObject({ success: true, data: expect.any(String) });
    expect(assessed.attachments[0]?.actions[0]?.integration.context.session).toBe(next);

    const [stale] = greeting.attachments[0]?.actions ?? [];
    if (stale === undefined) throw new Error('the greeting has no buttons');
    const response = await kit.app.request(kit.actionRequest(stale.integration.context));
    expect(await response.json()).toEqual({
      ephemeral_text:
        'This button belongs to an earlier assessment in this channel. Type `/raia` to see the current question.',
    });
  });

  it('refuses a reader’s answer in plain words and lets them read the register', async () => {
    await command('register system Face match');
    await command('assess Face match');
    const refused = await command('yes', reader);
    expect(refused).toMatchObject({
      response_type: 'ephemeral',
      text: 'You hold the reader role, which cannot answer questions. Ask someone with the owner or contributor role.',
    });
    const status = await command('status of face match', reader);
    expect(status.response_type).toBe('in_channel');
    expect(status.text).toContain('**Assessments (1)**');
  });
});
