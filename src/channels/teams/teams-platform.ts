import { requiredSetting } from '../shared/required-setting.ts';
import type { TeamChatPlatform } from '../shared/team-chat-platform.ts';
import { defaultTeamsTokenUrl } from './create-teams-connector.ts';
import { createTeamsKeySet } from './create-teams-key-set.ts';
import { createTeamsRoutes } from './create-teams-routes.ts';
import type { TeamsKeySet } from './verify-teams-token.ts';

/** What tests (and single-tenant deployments) may put in place of the Bot Framework defaults. */
export interface TeamsOverrides {
  /** Bot Framework signing keys; defaults to the jwks_uri of TEAMS_OPENID_METADATA_URL. */
  teamsKeySet?: TeamsKeySet;
  /** Microsoft token endpoint for the bot's client credentials (single-tenant bots name their tenant). */
  teamsTokenUrl?: string;
}

/** Microsoft Teams, mounted at `/teams` once TEAMS_APP_ID or TEAMS_APP_PASSWORD is set (then both must be). */
export const teamsPlatform: TeamChatPlatform<TeamsOverrides> = {
  path: '/teams',
  createRoutes(context, config, overrides) {
    if (config.TEAMS_APP_ID === undefined && config.TEAMS_APP_PASSWORD === undefined) return undefined;
    const appId = requiredSetting(config.TEAMS_APP_ID, 'TEAMS_APP_ID', 'Teams');
    const appPassword = requiredSetting(config.TEAMS_APP_PASSWORD, 'TEAMS_APP_PASSWORD', 'Teams');
    const keySet =
      overrides.teamsKeySet ??
      createTeamsKeySet({ metadataUrl: config.TEAMS_OPENID_METADATA_URL, fetch: context.fetch });
    const tokenUrl = overrides.teamsTokenUrl ?? defaultTeamsTokenUrl;
    return createTeamsRoutes({ context, appId, appPassword, keySet, tokenUrl });
  },
};
