import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MattermostActionContext } from '../../../src/channels/mattermost/mattermost-action-schema.ts';
import { signMattermostAction } from '../../../src/channels/mattermost/sign-mattermost-action.ts';
import { buttonContext, invoker, startMattermostKit } from './mattermost-test-kit.ts';

let kit: Awaited<ReturnType<typeof startMattermostKit>>;
beforeEach(async () => {
  kit = await startMattermostKit();
});
afterEach(() => kit.mattermost.close());

describe('createMattermostRoutes', () => {
  it('acknowledges a command at once and posts the reply with signed buttons to response_url', async () => {
    const response = await kit.app.request(kit.commandRequest());
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: 'Working on it…' });
    await kit.background.settle();
    const [post] = kit.posts();
    expect(kit.posts()).toHaveLength(1);
    expect(post?.response_type).toBe('in_channel');
    // One reply: the greeting's introduction and the answer, not two replies joined by a rule.
    expect(post?.text).toBe(
      'Hello, I am **RAIA**. You can say *help* at any time to see what I can do.\n\nQuestion 1: is the *system* in use?',
    );
    const buttons = post?.attachments[0]?.actions ?? [];
    expect(buttons.map((button) => [button.name, button.integration.url])).toEqual([
      ['Yes', 'http://raia.test/mattermost/actions'],
      ['No', 'http://raia.test/mattermost/actions'],
    ]);
    const [session] = [...kit.fake.sessions.values()];
    expect(session?.owner).toEqual({
      organisationId: 'mattermost:tsb8crrn5tgqtedpkt81b4tcya',
      userId: invoker.id,
    });
    expect(session?.applied[0]).toMatchObject({
      text: 'start risk',
      actor: { id: invoker.id, name: 'tester', channel: 'mattermost' },
    });
  });

  it.each([
    ['a wrong header token', { header: 'Token wrong-token-wrong-token-wrong' }],
    ['a wrong form token without a header', { header: '', formToken: 'wrong' }],
    ['no token at all', { header: '', formToken: '' }],
  ])('rejects a command with %s', async (_name, options) => {
    const response = await kit.app.request(kit.commandRequest(options));
    expect(response.status).toBe(401);
    expect(kit.background.count).toBe(0);
  });

  it('applies a signed button click and updates the post with the next question', async () => {
    const yes = buttonContext(await kit.firstPost(), 'Yes');
    const response = await kit.app.request(kit.actionRequest(yes));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      update: { message: string; props: { attachments: unknown[] } };
    };
    expect(body.update.message).toMatch(/^_@tester chose \*\*Yes\*\*\._\n\nQuestion 2/);
    expect(body.update.props.attachments).toHaveLength(1);
    expect([...kit.fake.sessions.values()][0]?.applied[1]).toMatchObject({
      action: 'answer:yes',
      actor: { id: invoker.id, name: 'tester', channel: 'mattermost' },
    });
  });

  it('rejects forged contexts, and buttons replayed from another channel, with 403', async () => {
    const yes = buttonContext(await kit.firstPost(), 'Yes');
    const forged = await signMattermostAction(
      'guessed-secret',
      { ...yes, action: 'answer:no', label: 'No' },
      kit.clock.now,
    );
    expect((await kit.app.request(kit.actionRequest(forged))).status).toBe(403);
    expect((await kit.app.request(kit.actionRequest({ ...yes, action: 'restart' }))).status).toBe(403);
    expect((await kit.app.request(kit.actionRequest(yes, { channelId: 'another-channel-id' }))).status).toBe(
      403,
    );
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
  });

  it('explains, and applies nothing, when a button from before user binding is clicked', async () => {
    await kit.firstPost();
    const earlier = { session: 's', action: 'answer:yes', label: 'Yes', expires: '1', signature: 'sig' };
    const response = await kit.app.request(kit.actionRequest(earlier as unknown as MattermostActionContext));
    expect(await response.json()).toEqual({
      ephemeral_text:
        'This button comes from an earlier version of RAIA and no longer works. Type `/raia` to continue.',
    });
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
  });

  it('answers an expired button with ephemeral text and applies nothing', async () => {
    const yes = buttonContext(await kit.firstPost(), 'Yes');
    kit.clock.now = new Date(kit.clock.now.getTime() + 25 * 60 * 60 * 1000);
    const response = await kit.app.request(kit.actionRequest(yes));
    expect(await response.json()).toEqual({
      ephemeral_text: 'This button has expired. Type `/raia` to continue.',
    });
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
  });
});
