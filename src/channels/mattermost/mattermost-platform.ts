import { requiredSetting } from '../shared/required-setting.ts';
import type { TeamChatPlatform } from '../shared/team-chat-platform.ts';
import { createMattermostRoutes } from './create-mattermost-routes.ts';

/** Mattermost, mounted at `/mattermost` once MATTERMOST_TOKEN or MATTERMOST_ACTION_SECRET is set (then both must be). */
export const mattermostPlatform: TeamChatPlatform = {
  path: '/mattermost',
  createRoutes(context, config) {
    if (config.MATTERMOST_TOKEN === undefined && config.MATTERMOST_ACTION_SECRET === undefined) {
      return undefined;
    }
    return createMattermostRoutes({
      context,
      commandToken: requiredSetting(config.MATTERMOST_TOKEN, 'MATTERMOST_TOKEN', 'Mattermost'),
      actionSecret: requiredSetting(
        config.MATTERMOST_ACTION_SECRET,
        'MATTERMOST_ACTION_SECRET',
        'Mattermost',
      ),
    });
  },
};
