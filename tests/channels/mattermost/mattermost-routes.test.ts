import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MattermostActionContext } from '../../../src/channels/mattermost/mattermost-action-schema.ts';
import { signMattermostAction } from '../../../src/channels/mattermost/sign-mattermost-action.ts';
import { createTeamChatRoutes } from '../../../src/server/routes/team-chat-routes.ts';
import { createBackgroundTasks } from '../background-tasks.ts';
import { createFakeAssistant } from '../fake-assistant.ts';
import { startFakePlatformServer } from '../fake-platform-server.ts';
import { silentLog, testConfig } from '../test-config.ts';

const commandToken = 'nezum4kpu3faiec7r7c5zt6tfy';
const actionSecret = 'mattermost-action-secret';
let now = new Date('2026-03-02T10:00:00.000Z');

async function startKit() {
  const mattermost = await startFakePlatformServer();
  const fake = createFakeAssistant();
  const background = createBackgroundTasks();
  const app = new Hono();
  const routes = createTeamChatRoutes({
    assistant: fake.assistant,
    config: testConfig({ MATTERMOST_TOKEN: commandToken, MATTERMOST_ACTION_SECRET: actionSecret }),
    now: () => now,
    runInBackground: background.run,
    logger: { ...silentLog, info: () => undefined },
  });
  for (const route of routes) app.route(route.path, route.app);
  return { app, mattermost, fake, background };
}

let kit: Awaited<ReturnType<typeof startKit>>;
beforeEach(async () => {
  now = new Date('2026-03-02T10:00:00.000Z');
  kit = await startKit();
});
afterEach(() => kit.mattermost.close());

/** The request of developers.mattermost.com/integrate/slash-commands/custom, for `/raia start risk`. */
function commandRequest(options: { header?: string; formToken?: string } = {}): Request {
  const body = new URLSearchParams({
    channel_id: 'i3bb9xfyqt8rtbyshmyhgsj16c',
    channel_name: 'town-square',
    command: '/raia',
    response_url: `${kit.mattermost.url}/hooks/commands/zozc1xwxybdedeyz8djwjpngny`,
    team_domain: 'rrrr',
    team_id: 'tsb8crrn5tgqtedpkt81b4tcya',
    text: 'start risk',
    token: options.formToken ?? commandToken,
    trigger_id: 'NG1kM3lyN2NqYmQxcGNyc2s0Nmo5em0xb2M6azF4NGFxZGp5MzgxM2M4NG03NzFlb2M5eG86MTU1MTIwODE5NTQyNw',
    user_id: 'k1x4aqdjy3813c84m771eoc9xo',
    user_name: 'tester',
  });
  return new Request('http://raia.test/mattermost/command', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(options.header === undefined
        ? { authorization: `Token ${commandToken}` }
        : { authorization: options.header }),
    },
    body,
  });
}

/** PostActionIntegrationRequest as the Mattermost server sends it for a button click. */
function actionRequest(context: MattermostActionContext, channelId = 'i3bb9xfyqt8rtbyshmyhgsj16c'): Request {
  return new Request('http://raia.test/mattermost/actions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      user_id: 'aoa1agao6t8fmx3ikt1j9w5ybw',
      user_name: 'somename',
      channel_id: channelId,
      channel_name: 'town-square',
      team_id: 'tsb8crrn5tgqtedpkt81b4tcya',
      team_domain: 'test',
      post_id: 'w1z9nzs5rjgq8jhz8m7ygpqc3w',
      trigger_id: 'dHJpZ2dlcg',
      type: 'button',
      context,
    }),
  });
}

async function buttonsOfFirstCommand() {
  await kit.app.request(commandRequest());
  await kit.background.settle();
  const [post] = kit.mattermost.requestsTo('/hooks/commands/zozc1xwxybdedeyz8djwjpngny');
  return post?.json() as {
    response_type: string;
    text: string;
    attachments: Array<{
      actions: Array<{ name: string; integration: { url: string; context: MattermostActionContext } }>;
    }>;
  };
}

describe('createMattermostRoutes', () => {
  it('acknowledges a command at once and posts the reply with signed buttons to response_url', async () => {
    const response = await kit.app.request(commandRequest());
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: 'Working on it…' });
    const post = await buttonsOfFirstCommand();
    expect(post.response_type).toBe('in_channel');
    expect(post.text).toContain('Hello, I am **RAIA**.');
    const buttons = post.attachments[0]?.actions ?? [];
    expect(buttons.map((button) => [button.name, button.integration.url])).toEqual([
      ['Yes', 'http://raia.test/mattermost/actions'],
      ['No', 'http://raia.test/mattermost/actions'],
    ]);
    const [session] = [...kit.fake.sessions.values()];
    expect(session?.owner).toEqual({
      organisationId: 'mattermost:tsb8crrn5tgqtedpkt81b4tcya',
      userId: 'k1x4aqdjy3813c84m771eoc9xo',
    });
    expect(session?.applied[0]).toMatchObject({
      text: 'start risk',
      actor: { id: 'k1x4aqdjy3813c84m771eoc9xo', name: 'tester', channel: 'mattermost' },
    });
  });

  it.each([
    ['a wrong header token', { header: 'Token wrong-token-wrong-token-wrong' }],
    ['a wrong form token without a header', { header: '', formToken: 'wrong' }],
    ['no token at all', { header: '', formToken: '' }],
  ])('rejects a command with %s', async (_name, options) => {
    const response = await kit.app.request(commandRequest(options));
    expect(response.status).toBe(401);
    expect(kit.background.count).toBe(0);
  });

  it('applies a signed button click and updates the post with the next question', async () => {
    const post = await buttonsOfFirstCommand();
    const yes = post.attachments[0]?.actions[0]?.integration.context;
    if (yes === undefined) throw new Error('no button');
    const response = await kit.app.request(actionRequest(yes));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      update: { message: string; props: { attachments: unknown[] } };
    };
    expect(body.update.message).toMatch(/^_@somename chose \*\*Yes\*\*\._\n\nQuestion 2/);
    expect(body.update.props.attachments).toHaveLength(1);
    expect([...kit.fake.sessions.values()][0]?.applied[1]).toMatchObject({
      action: 'answer:yes',
      actor: { id: 'aoa1agao6t8fmx3ikt1j9w5ybw', name: 'somename', channel: 'mattermost' },
    });
  });

  it('rejects forged contexts, and buttons replayed from another channel, with 403', async () => {
    const post = await buttonsOfFirstCommand();
    const yes = post.attachments[0]?.actions[0]?.integration.context;
    if (yes === undefined) throw new Error('no button');
    const forged = await signMattermostAction(
      'guessed-secret',
      { session: yes.session, action: 'answer:no', label: 'No' },
      now,
    );
    expect((await kit.app.request(actionRequest(forged))).status).toBe(403);
    expect((await kit.app.request(actionRequest({ ...yes, action: 'restart' }))).status).toBe(403);
    expect((await kit.app.request(actionRequest(yes, 'another-channel-id'))).status).toBe(403);
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
  });

  it('answers an expired button with ephemeral text and applies nothing', async () => {
    const post = await buttonsOfFirstCommand();
    const yes = post.attachments[0]?.actions[0]?.integration.context;
    if (yes === undefined) throw new Error('no button');
    now = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    const response = await kit.app.request(actionRequest(yes));
    expect(await response.json()).toEqual({
      ephemeral_text: 'This button has expired. Type `/raia` to continue.',
    });
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
  });
});
