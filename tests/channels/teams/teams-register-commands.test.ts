import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgencyService } from '../../../src/agency/create-agency-service.ts';
import { createTeamChatRoutes } from '../../../src/channels/create-team-chat-routes.ts';
import { createMemoryRegisterStore } from '../../../src/register/memory-register-store.ts';
import { createTestAssistant } from '../../conversation/assistant-fixture.ts';
import { createBackgroundTasks } from '../background-tasks.ts';
import { startFakePlatformServer } from '../fake-platform-server.ts';
import { mountTeamChatRoutes } from '../mount-team-chat-routes.ts';
import { silentLog, testConfig } from '../test-config.ts';
import { appId, botFrameworkToken, createSigningKeys, messageActivity, now } from './teams-test-kit.ts';

const tenant = '56653e9d-2158-46ee-90d7-675c39642038';
const officer = '4816e27f-5665-4904-a182-f74d3bd509ac';

async function startKit() {
  const microsoft = await startFakePlatformServer();
  const keys = await createSigningKeys();
  microsoft.respond('/token', () => ({
    body: { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: 'bot-access-token' },
  }));
  const { assistant } = createTestAssistant();
  const background = createBackgroundTasks();
  const routes = createTeamChatRoutes({
    assistant,
    agency: createAgencyService({ assistant, registerStore: createMemoryRegisterStore() }),
    config: testConfig({
      TEAMS_APP_ID: appId,
      TEAMS_APP_PASSWORD: 'teams-app-password',
      RAIA_ROLES: `teams:${tenant}:${officer}=owner+contributor`,
    }),
    now: () => now,
    runInBackground: background.run,
    logger: silentLog,
    teamsKeySet: keys.keySet,
    teamsTokenUrl: `${microsoft.url}/token`,
  });
  const app = mountTeamChatRoutes(routes);
  const serviceUrl = `${microsoft.url}/amer/`;
  let activities = 0;
  /** Sends a message to RAIA as `from` and returns the texts of the card RAIA answered with. */
  const say = async (text: string, from: Record<string, string> = {}) => {
    activities += 1;
    const base = messageActivity(serviceUrl);
    const activity = {
      ...base,
      id: `17606565200${activities}`,
      text: `<at>RAIA</at> ${text}`,
      from: { ...base.from, ...from },
    };
    const token = await botFrameworkToken(keys.privateKey, { serviceUrl });
    await app.request('/teams/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    await background.settle();
    const sent = microsoft.requests.filter((request) => request.path.includes('/activities/')).at(-1);
    const body = sent?.json() as {
      text?: string;
      attachments?: Array<{ content: { body: Array<{ text: string }> } }>;
    };
    return body.text ?? body.attachments?.[0]?.content.body.map((block) => block.text).join('\n') ?? '';
  };
  return { microsoft, say };
}

let kit: Awaited<ReturnType<typeof startKit>>;
beforeEach(async () => {
  kit = await startKit();
});
afterEach(() => kit.microsoft.close());

describe('Teams: register commands', () => {
  it('registers and lists systems, and refuses a reader’s answer in plain words', async () => {
    expect(await kit.say('register system Face match')).toContain('Registered **Face match**');
    const listed = await kit.say('list our systems');
    expect(listed).toContain('Your register: 1 system, 1 due for review');
    expect(listed).toContain('No risk assessment yet.');
    const reader = { aadObjectId: '0c4f6e1e-0000-4000-8000-00000000beef', name: 'Rita Reader' };
    expect(await kit.say('start a risk assessment', reader)).toBe(
      'You hold the reader role, which cannot answer questions. Ask someone with the owner or contributor role.',
    );
  });
});
