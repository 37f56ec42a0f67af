import { describe, expect, it } from 'vitest';
import { createTeamChatRoutes } from '../../src/channels/create-team-chat-routes.ts';
import { createRealApp } from '../server/real-app.ts';
import { createBackgroundTasks } from './background-tasks.ts';
import { formBody, now, signedRequest } from './slack/slack-test-kit.ts';
import { appId, botFrameworkToken, createSigningKeys, messageActivity } from './teams/teams-test-kit.ts';
import { silentLog, testConfig } from './test-config.ts';

const serviceUrl = 'https://smba.trafficmanager.net/amer/';
const keys = await createSigningKeys();

/**
 * All three platforms mounted as the composition roots mount them: under createApp, whose one
 * error handler answers whatever a webhook route throws.
 */
function createWebhookApp() {
  const background = createBackgroundTasks();
  const { assistant } = createRealApp();
  const routes = createTeamChatRoutes({
    assistant,
    config: testConfig({
      SLACK_SIGNING_SECRET: 'slack-signing-secret-for-tests',
      SLACK_BOT_TOKEN: 'xoxb-test',
      MATTERMOST_TOKEN: 'mattermost-command-token',
      MATTERMOST_ACTION_SECRET: 'mattermost-action-secret',
      TEAMS_APP_ID: appId,
      TEAMS_APP_PASSWORD: 'teams-app-password',
    }),
    now: () => now,
    runInBackground: background.run,
    logger: silentLog,
    teamsKeySet: keys.keySet,
  });
  return { app: createRealApp({ extraRoutes: routes }).app, background };
}

const form = { contentType: 'application/x-www-form-urlencoded' };
const tooLarge = { code: 'payload-too-large', message: 'The request body is too large.' };

function post(path: string, body: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://raia.test${path}`, { method: 'POST', headers, body });
}

async function teamsPost(activity: Record<string, unknown>): Promise<Request> {
  const token = await botFrameworkToken(keys.privateKey, { serviceUrl });
  return post('/teams/messages', JSON.stringify(activity), {
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
  });
}

const cases: Array<[string, () => Request | Promise<Request>, number, Record<string, string>]> = [
  [
    'a Slack body over 1 MB',
    () => post('/slack/events', 'x'.repeat(1024 * 1024 + 1), { 'content-type': 'application/json' }),
    413,
    tooLarge,
  ],
  [
    'an unsigned Slack request',
    () => post('/slack/events', '{}', { 'content-type': 'application/json' }),
    401,
    { code: 'unauthorized', message: 'The Slack request signature is missing, stale or wrong.' },
  ],
  [
    'a Slack command without a user',
    () =>
      signedRequest(
        '/slack/commands',
        formBody({ team_id: 'T1', channel_id: 'C1', command: '/raia', response_url: 'https://x.test/' }),
        form,
      ),
    400,
    {
      code: 'bad-request',
      message: 'Invalid Slack payload: ✖ Invalid input: expected string, received undefined\n  → at user_id',
      field: 'user_id',
    },
  ],
  [
    'a Slack event that is not a JSON object with a type',
    () => signedRequest('/slack/events', '[1]'),
    400,
    { code: 'bad-request', message: 'The event is not a JSON object with a type.' },
  ],
  [
    'a Slack event_callback without its event id',
    () =>
      signedRequest('/slack/events', JSON.stringify({ type: 'event_callback', team_id: 'T1', event: {} })),
    400,
    {
      code: 'bad-request',
      message:
        'Invalid Slack payload: ✖ Invalid input: expected string, received undefined\n  → at event_id\n✖ Invalid input: expected string, received undefined\n  → at event.type',
      field: 'event_id',
    },
  ],
  [
    'a Slack interaction without its payload',
    () => signedRequest('/slack/interactions', formBody({ other: '1' }), form),
    400,
    { code: 'bad-request', message: 'The payload field is missing or not JSON.' },
  ],
  [
    'a Slack block_actions without actions',
    () =>
      signedRequest(
        '/slack/interactions',
        formBody({
          payload: JSON.stringify({
            type: 'block_actions',
            user: { id: 'U1' },
            container: { type: 'message', message_ts: '1.2', channel_id: 'C1' },
            actions: [],
          }),
        }),
        form,
      ),
    400,
    {
      code: 'bad-request',
      message: 'Invalid Slack payload: ✖ Too small: expected array to have >=1 items\n  → at actions',
      field: 'actions',
    },
  ],
  [
    'a Mattermost body over 256 KB',
    () => post('/mattermost/command', 'x'.repeat(256 * 1024 + 1), { 'content-type': 'text/plain' }),
    413,
    tooLarge,
  ],
  [
    'a Mattermost command with a wrong token',
    () => post('/mattermost/command', formBody({ token: 'guess' }), { authorization: 'Token guess' }),
    401,
    { code: 'unauthorized', message: 'The Mattermost command token is missing or wrong.' },
  ],
  [
    'a Mattermost command without its channel',
    () =>
      post(
        '/mattermost/command',
        formBody({ team_id: 'T1', user_id: 'U1', command: '/raia', response_url: 'https://x.test/' }),
        { authorization: 'Token mattermost-command-token' },
      ),
    400,
    {
      code: 'bad-request',
      message:
        'Invalid Mattermost payload: ✖ Invalid input: expected string, received undefined\n  → at channel_id',
      field: 'channel_id',
    },
  ],
  [
    'a Mattermost button without a RAIA token',
    () =>
      post('/mattermost/actions', JSON.stringify({ user_id: 'U1' }), { 'content-type': 'application/json' }),
    403,
    { code: 'forbidden', message: 'This button does not carry a valid RAIA token.' },
  ],
  [
    'a Mattermost button whose RAIA token is forged',
    () =>
      post(
        '/mattermost/actions',
        JSON.stringify({
          user_id: 'U1',
          channel_id: 'C1',
          post_id: 'P1',
          context: {
            session: 's',
            channel: 'C1',
            user: 'U1',
            userName: '',
            nonce: 'n'.repeat(16),
            action: 'answer:yes',
            label: 'Yes',
            expires: '99999999999',
            signature: 'forged',
          },
        }),
        { 'content-type': 'application/json' },
      ),
    403,
    { code: 'forbidden', message: 'This button does not carry a valid RAIA token.' },
  ],
  [
    'a Teams body over 256 KB',
    () => post('/teams/messages', 'x'.repeat(256 * 1024 + 1), { 'content-type': 'application/json' }),
    413,
    tooLarge,
  ],
  [
    'a Teams activity without a Bot Framework token',
    () =>
      post('/teams/messages', JSON.stringify(messageActivity(serviceUrl)), {
        'content-type': 'application/json',
      }),
    403,
    { code: 'forbidden', message: 'The Bot Framework token is missing or invalid.' },
  ],
  [
    'a Teams activity without its id',
    () => teamsPost({ ...messageActivity(serviceUrl), id: undefined }),
    400,
    {
      code: 'bad-request',
      message: 'Invalid activity: ✖ Invalid input: expected string, received undefined\n  → at id',
    },
  ],
];

describe('team-chat webhooks under createApp', () => {
  it.each(cases)('answers %s with %i and the one JSON error shape', async (_name, request, status, error) => {
    const { app, background } = createWebhookApp();
    const response = await app.request(await request());
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error });
    expect(background.count).toBe(0);
  });
});
