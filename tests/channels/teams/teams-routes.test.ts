import { exportJWK } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTeamChatRoutes } from '../../../src/channels/create-team-chat-routes.ts';
import { teamsNotSavedText } from '../../../src/channels/teams/handle-teams-activity.ts';
import { createBackgroundTasks } from '../background-tasks.ts';
import { createFakeAssistant } from '../fake-assistant.ts';
import { startFakePlatformServer } from '../fake-platform-server.ts';
import { mountTeamChatRoutes } from '../mount-team-chat-routes.ts';
import { silentLog, testConfig } from '../test-config.ts';
import { appId, botFrameworkToken, createSigningKeys, messageActivity, now } from './teams-test-kit.ts';

async function startKit(options: { defaultKeySet?: boolean; failingClaims?: number } = {}) {
  const microsoft = await startFakePlatformServer();
  const keys = await createSigningKeys();
  const fake = createFakeAssistant(
    options.failingClaims === undefined ? {} : { failingClaims: options.failingClaims },
  );
  const background = createBackgroundTasks();
  const waits: number[] = [];
  microsoft.respond('/botframework.com/oauth2/v2.0/token', () => ({
    body: { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: 'bot-access-token' },
  }));
  microsoft.respond('/openidconfiguration', () => ({
    body: { issuer: 'https://api.botframework.com', jwks_uri: `${microsoft.url}/keys` },
  }));
  const publicJwk = { ...(await exportJWK(keys.publicKey)), kid: 'test-key', use: 'sig', alg: 'RS256' };
  microsoft.respond('/keys', () => ({ body: { keys: [publicJwk] } }));
  const routes = createTeamChatRoutes({
    assistant: fake.assistant,
    config: testConfig({
      TEAMS_APP_ID: appId,
      TEAMS_APP_PASSWORD: 'teams-app-password',
      TEAMS_OPENID_METADATA_URL: `${microsoft.url}/openidconfiguration`,
    }),
    now: () => now,
    runInBackground: background.run,
    wait: async (milliseconds) => {
      waits.push(milliseconds);
    },
    logger: silentLog,
    ...(options.defaultKeySet ? {} : { teamsKeySet: keys.keySet }),
    teamsTokenUrl: `${microsoft.url}/botframework.com/oauth2/v2.0/token`,
  });
  const app = mountTeamChatRoutes(routes);
  const serviceUrl = `${microsoft.url}/amer/`;
  const post = async (activity: Record<string, unknown>, token?: string) =>
    app.request('/teams/messages', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token ?? (await botFrameworkToken(keys.privateKey, { serviceUrl }))}`,
      },
      body: JSON.stringify(activity),
    });
  return { app, microsoft, keys, fake, background, waits, serviceUrl, post };
}

let kit: Awaited<ReturnType<typeof startKit>>;
beforeEach(async () => {
  kit = await startKit();
});
afterEach(() => kit.microsoft.close());

const replyPath =
  '/amer/v3/conversations/19%3AH2Z6fKe6bek72oiHV9TgOtn2CMO28CC1kdHIThQPxa81%40thread.v2/activities/1760656520090';

describe('createTeamsRoutes', () => {
  it('answers at once and sends the replies as Adaptive Cards to the Bot Connector', async () => {
    const response = await kit.post(messageActivity(kit.serviceUrl));
    expect(response.status).toBe(200);
    await kit.background.settle();

    const [tokenRequest] = kit.microsoft.requestsTo('/botframework.com/oauth2/v2.0/token');
    expect(Object.fromEntries(new URLSearchParams(tokenRequest?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: appId,
      client_secret: 'teams-app-password',
      scope: 'https://api.botframework.com/.default',
    });
    // One card for the first message: a short introduction, then the answer.
    const replies = kit.microsoft.requestsTo(replyPath);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.headers.authorization).toBe('Bearer bot-access-token');
    const question = replies[0]?.json() as {
      type: string;
      replyToId: string;
      attachments: Array<{
        contentType: string;
        content: { body: Array<{ text: string }>; actions: unknown[] };
      }>;
    };
    expect(question.attachments[0]?.content.body.map((block) => block.text)).toEqual([
      'Hello, I am **RAIA**. You can say *help* at any time to see what I can do.',
      'Question 1: is the *system* in use?',
      'Question 1 of 38 · Section: Fairness',
    ]);
    expect(question.type).toBe('message');
    expect(question.replyToId).toBe('1760656520090');
    expect(question.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(question.attachments[0]?.content.actions).toEqual([
      { type: 'Action.Submit', title: 'Yes', data: { raiaAction: 'answer:yes' } },
      { type: 'Action.Submit', title: 'No', data: { raiaAction: 'answer:no' } },
    ]);
    const [session] = [...kit.fake.sessions.values()];
    expect(session?.owner).toEqual({
      organisationId: 'teams:56653e9d-2158-46ee-90d7-675c39642038',
      userId: '4816e27f-5665-4904-a182-f74d3bd509ac',
    });
    expect(session?.applied[0]).toMatchObject({
      text: 'start a risk assessment',
      messageId: 'teams:1760656520090',
      actor: { id: '4816e27f-5665-4904-a182-f74d3bd509ac', name: 'Alex Officer', channel: 'teams' },
    });
  });

  it('sends one card when the Bot Framework delivers the same activity again', async () => {
    await kit.post(messageActivity(kit.serviceUrl));
    await kit.post(messageActivity(kit.serviceUrl));
    await kit.background.settle();
    await kit.post(messageActivity(kit.serviceUrl));
    await kit.background.settle();
    expect(kit.microsoft.requestsTo(replyPath)).toHaveLength(1);
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
  });

  it('applies nothing and says so in the conversation when the activity cannot be claimed', async () => {
    kit.microsoft.close();
    kit = await startKit({ failingClaims: 1 });
    await kit.post(messageActivity(kit.serviceUrl));
    await kit.background.settle();
    const replies = kit.microsoft.requestsTo(replyPath);
    expect(replies.map((reply) => (reply.json() as { text?: string }).text)).toEqual([teamsNotSavedText]);
    expect([...kit.fake.sessions.values()]).toEqual([]);
  });

  it('applies an Action.Submit click as its RAIA action and reuses the cached bot token', async () => {
    await kit.post(messageActivity(kit.serviceUrl));
    await kit.post(
      messageActivity(kit.serviceUrl, {
        id: '1760656599999',
        text: undefined,
        value: { raiaAction: 'answer:yes' },
      }),
    );
    await kit.background.settle();
    expect([...kit.fake.sessions.values()][0]?.applied.map((turn) => turn.action ?? turn.text)).toEqual([
      'start a risk assessment',
      'answer:yes',
    ]);
    expect(kit.microsoft.requestsTo('/botframework.com/oauth2/v2.0/token')).toHaveLength(1);
  });

  it('rejects requests without a valid token with 403 and processes nothing', async () => {
    const activity = messageActivity(kit.serviceUrl);
    const tokens = [
      await botFrameworkToken(kit.keys.privateKey, { serviceUrl: kit.serviceUrl, audience: 'another-bot' }),
      await botFrameworkToken(kit.keys.privateKey, { serviceUrl: 'https://smba.trafficmanager.net/amer/' }),
      'not-a-jwt',
    ];
    for (const token of tokens) expect((await kit.post(activity, token)).status).toBe(403);
    const unauthenticated = await kit.app.request('/teams/messages', {
      method: 'POST',
      body: JSON.stringify(activity),
    });
    expect(unauthenticated.status).toBe(403);
    expect(kit.background.count).toBe(0);
  });

  it('ignores activities other than messages', async () => {
    const update = messageActivity(kit.serviceUrl, {
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'x' }],
    });
    expect((await kit.post(update)).status).toBe(200);
    expect(kit.background.count).toBe(0);
  });

  it('backs off as Retry-After says when the Bot Connector answers 429', async () => {
    kit.microsoft.respond(
      replyPath,
      () => ({ status: 429, headers: { 'retry-after': '1' } }),
      () => ({ status: 201, body: { id: '1' } }),
    );
    await kit.post(messageActivity(kit.serviceUrl));
    await kit.background.settle();
    expect(kit.waits).toEqual([1000]);
    expect(kit.microsoft.requestsTo(replyPath)).toHaveLength(2);
  });

  it('verifies tokens against the keys named by the OpenID metadata by default', async () => {
    await kit.microsoft.close();
    kit = await startKit({ defaultKeySet: true });
    expect((await kit.post(messageActivity(kit.serviceUrl))).status).toBe(200);
    expect(kit.microsoft.requestsTo('/openidconfiguration')).toHaveLength(1);
    expect(kit.microsoft.requestsTo('/keys')).toHaveLength(1);
    const other = await createSigningKeys();
    const forged = await botFrameworkToken(other.privateKey, { serviceUrl: kit.serviceUrl });
    expect((await kit.post(messageActivity(kit.serviceUrl), forged)).status).toBe(403);
  });
});
