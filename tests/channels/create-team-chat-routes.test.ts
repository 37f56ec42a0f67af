import { describe, expect, it } from 'vitest';
import { createTeamChatRoutes } from '../../src/channels/create-team-chat-routes.ts';
import { createFakeAssistant } from './fake-assistant.ts';
import { silentLog, testConfig } from './test-config.ts';

const { assistant } = createFakeAssistant();
const logger = silentLog;

describe('createTeamChatRoutes', () => {
  it('returns only the platforms whose secrets are configured', () => {
    expect(createTeamChatRoutes({ assistant, logger, config: testConfig({}) })).toEqual([]);
    const all = createTeamChatRoutes({
      assistant,
      logger,
      config: testConfig({
        SLACK_SIGNING_SECRET: 's',
        SLACK_BOT_TOKEN: 'xoxb',
        MATTERMOST_TOKEN: 't',
        MATTERMOST_ACTION_SECRET: 'a',
        TEAMS_APP_ID: 'id',
        TEAMS_APP_PASSWORD: 'p',
      }),
    });
    expect(all.map((route) => route.path)).toEqual(['/slack', '/mattermost', '/teams']);
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb' }, 'SLACK_SIGNING_SECRET is not set'],
    [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN is not set'],
    [{ MATTERMOST_TOKEN: 't' }, 'MATTERMOST_ACTION_SECRET is not set'],
    [{ TEAMS_APP_ID: 'id' }, 'TEAMS_APP_PASSWORD is not set'],
  ])('refuses to start a half-configured platform (%o)', (environment, message) => {
    expect(() => createTeamChatRoutes({ assistant, logger, config: testConfig(environment) })).toThrow(
      message,
    );
  });
});
