import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackRoutes } from '../../../src/channels/slack/create-slack-routes.ts';
import { createFakeAssistant } from '../fake-assistant.ts';
import { formBody, signedRequest, startSlackKit } from './slack-test-kit.ts';

let kit: Awaited<ReturnType<typeof startSlackKit>>;
beforeEach(async () => {
  kit = await startSlackKit();
});
afterEach(() => kit.close());

const form = { contentType: 'application/x-www-form-urlencoded' };

/** The slash command request of Slack's documentation, for `/raia start a risk assessment`. */
function command(overrides: Record<string, string> = {}): string {
  return formBody({
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: 'T0001',
    team_domain: 'example',
    channel_id: 'C2147483705',
    channel_name: 'test',
    user_id: 'U2147483697',
    user_name: 'Steve',
    command: '/raia',
    text: 'start a risk assessment',
    api_app_id: 'A123456',
    response_url: `${kit.slack.url}/commands/1234/5678`,
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    ...overrides,
  });
}

/** A block_actions payload shaped like Slack's reference example, for a click on RAIA's "Yes". */
function blockActions(
  overrides: { container?: Record<string, unknown>; action?: Record<string, unknown> } = {},
) {
  return {
    type: 'block_actions',
    user: { id: 'U01AZ88AQQ4', username: 'phoebe', name: 'phoebe', team_id: 'T0001' },
    api_app_id: 'A01BGTV24LQ',
    token: 'RFEwDETALFMJkphCasIfOUZT',
    container: {
      type: 'message',
      message_ts: '1600857119.015400',
      channel_id: 'C2147483705',
      is_ephemeral: false,
      thread_ts: '1600857000.000100',
      ...overrides.container,
    },
    trigger_id: '1388105719492.1379717998065.9bc163894734c1f415a2c504e81dec91',
    team: { id: 'T0001', domain: 'example' },
    channel: { id: 'C2147483705', name: 'test' },
    message: {
      type: 'message',
      text: 'Is the system in use?',
      ts: '1600857119.015400',
      thread_ts: '1600857000.000100',
      blocks: [
        { type: 'section', block_id: 'a', text: { type: 'mrkdwn', text: 'Is the system in use?' } },
        { type: 'actions', block_id: 'raia-actions-0', elements: [] },
      ],
    },
    response_url: `${kit.slack.url}/actions/1/2`,
    actions: [
      {
        action_id: 'raia-action-0',
        block_id: 'raia-actions-0',
        text: { type: 'plain_text', text: 'Yes', emoji: true },
        value: 'answer:yes',
        type: 'button',
        action_ts: '1600857122.525364',
        ...overrides.action,
      },
    ],
  };
}

describe('createSlackRoutes: slash commands', () => {
  it('acknowledges with an ephemeral note, then opens a thread and answers in it', async () => {
    const response = await kit.app.request(signedRequest('/slack/commands', command(), form));
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: 'Working on it…' });
    await kit.background.settle();

    const posts = kit.slack
      .requestsTo('/api/chat.postMessage')
      .map((post) => post.json() as Record<string, unknown>);
    expect(posts[0]).toMatchObject({ channel: 'C2147483705' });
    expect(posts[0]).not.toHaveProperty('thread_ts');
    expect(String(posts[0]?.text)).toContain('<@U2147483697> opened a RAIA conversation');
    const starterTs = '1700000000.000001';
    expect(posts.slice(1).map((post) => post.thread_ts)).toEqual([starterTs]);
    const [session] = [...kit.fake.sessions.values()];
    expect(session?.applied[0]).toMatchObject({
      text: 'start a risk assessment',
      actor: { id: 'U2147483697', name: 'Steve', channel: 'slack' },
    });
    expect(kit.slack.requestsTo('/commands/1234/5678')).toEqual([]);
  });

  it('tells the user privately through response_url when RAIA cannot post in the channel', async () => {
    kit.slack.respond('/api/chat.postMessage', () => ({ body: { ok: false, error: 'not_in_channel' } }));
    await kit.app.request(signedRequest('/slack/commands', command(), form));
    await kit.background.settle();
    const [notice] = kit.slack.requestsTo('/commands/1234/5678');
    expect(notice?.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('/invite @RAIA'),
    });
    expect(kit.fake.sessions.size).toBe(0);
  });
});

describe('createSlackRoutes: interactions', () => {
  it('applies a button click as its RAIA action, marks the message answered and replies in the thread', async () => {
    const payload = blockActions();
    const response = await kit.app.request(
      signedRequest('/slack/interactions', formBody({ payload: JSON.stringify(payload) }), form),
    );
    expect(response.status).toBe(200);
    await kit.background.settle();

    const [session] = [...kit.fake.sessions.values()];
    expect(session?.applied).toEqual([
      expect.objectContaining({
        action: 'answer:yes',
        messageId: 'slack:1600857119.015400:raia-action-0:1600857122.525364',
        actor: { id: 'U01AZ88AQQ4', name: 'phoebe', channel: 'slack' },
      }),
    ]);
    const [update] = kit.slack.requestsTo('/api/chat.update');
    expect(update?.json()).toEqual({
      channel: 'C2147483705',
      ts: '1600857119.015400',
      text: 'Is the system in use?',
      blocks: [
        { type: 'section', block_id: 'a', text: { type: 'mrkdwn', text: 'Is the system in use?' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '<@U01AZ88AQQ4> chose *Yes*' }] },
      ],
    });
    const replies = kit.slack
      .requestsTo('/api/chat.postMessage')
      .map((post) => post.json() as Record<string, unknown>);
    expect(replies.map((reply) => [reply.channel, reply.thread_ts])).toEqual([
      ['C2147483705', '1600857000.000100'],
    ]);
  });

  it('answers a replayed click once, and says so in the thread when the click cannot be claimed', async () => {
    const body = formBody({ payload: JSON.stringify(blockActions()) });
    for (let delivery = 0; delivery < 2; delivery += 1) {
      await kit.app.request(signedRequest('/slack/interactions', body, form));
      await kit.background.settle();
    }
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
    expect(kit.slack.requestsTo('/api/chat.postMessage')).toHaveLength(1);

    await kit.close();
    kit = await startSlackKit({ fake: createFakeAssistant({ failingClaims: 1 }) });
    await kit.app.request(signedRequest('/slack/interactions', body, form));
    await kit.background.settle();
    expect(kit.fake.sessions.size).toBe(0);
    expect(kit.slack.requestsTo('/api/chat.update')).toEqual([]);
    expect(kit.slack.requestsTo('/api/chat.postMessage').map((post) => post.json())).toEqual([
      expect.objectContaining({
        thread_ts: '1600857000.000100',
        text: 'RAIA could not save your choice: its storage is not answering. Please click it again in a few minutes.',
      }),
    ]);
  });

  it('ignores clicks on the report link button and non-block_actions payloads', async () => {
    const link = blockActions({
      action: { action_id: 'raia-report', value: undefined, url: 'https://raia.example.org' },
    });
    for (const payload of [link, { type: 'view_closed', user: { id: 'U1' } }]) {
      const body = formBody({ payload: JSON.stringify(payload) });
      expect((await kit.app.request(signedRequest('/slack/interactions', body, form))).status).toBe(200);
    }
    await kit.background.settle();
    expect(kit.fake.sessions.size).toBe(0);
    expect(kit.slack.requests).toEqual([]);
  });

  it('rejects an interaction whose payload was changed after signing', async () => {
    const body = formBody({ payload: JSON.stringify(blockActions()) });
    const signed = signedRequest('/slack/interactions', body, form);
    const forged = new Request(signed, { body: body.replace('answer%3Ayes', 'answer%3Ano') });
    expect((await kit.app.request(forged)).status).toBe(401);
  });
});

describe('createSlackRoutes', () => {
  it('refuses to start with an empty signing secret', () => {
    expect(() =>
      createSlackRoutes({
        context: {} as Parameters<typeof createSlackRoutes>[0]['context'],
        signingSecret: '  ',
        botToken: 'xoxb',
        apiUrl: 'https://slack.com/api/',
      }),
    ).toThrow('SLACK_SIGNING_SECRET is empty');
  });
});
