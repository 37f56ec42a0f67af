import { requiredSetting } from '../shared/required-setting.ts';
import type { TeamChatPlatform } from '../shared/team-chat-platform.ts';
import { createSlackRoutes } from './create-slack-routes.ts';

/** Slack, mounted at `/slack` once SLACK_SIGNING_SECRET or SLACK_BOT_TOKEN is set (then both must be). */
export const slackPlatform: TeamChatPlatform = {
  path: '/slack',
  createRoutes(context, config) {
    if (config.SLACK_SIGNING_SECRET === undefined && config.SLACK_BOT_TOKEN === undefined) return undefined;
    return createSlackRoutes({
      context,
      signingSecret: requiredSetting(config.SLACK_SIGNING_SECRET, 'SLACK_SIGNING_SECRET', 'Slack'),
      botToken: requiredSetting(config.SLACK_BOT_TOKEN, 'SLACK_BOT_TOKEN', 'Slack'),
      apiUrl: config.SLACK_API_URL,
    });
  },
};
