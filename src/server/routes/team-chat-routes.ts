import type { Hono } from 'hono';
import { createBackgroundRunner, waitFor } from '../../channels/shared/run-in-background.ts';
import type { TeamChatContext } from '../../channels/shared/team-chat-context.ts';
import { defaultTeamsTokenUrl } from '../../channels/teams/create-teams-connector.ts';
import { createTeamsKeySet } from '../../channels/teams/create-teams-key-set.ts';
import type { TeamsKeySet } from '../../channels/teams/verify-teams-token.ts';
import type { Config } from '../../config.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import { fetchWithTimeout } from '../fetch-with-timeout.ts';
import { consoleLogger, type Logger } from '../logger.ts';
import { createMattermostRoutes } from './mattermost-routes.ts';
import { createSlackRoutes } from './slack-routes.ts';
import { createTeamsRoutes } from './teams-routes.ts';

export interface TeamChatDependencies {
  assistant: Assistant;
  config: Config;
  now?: () => Date;
  /** Defaults to fire-and-forget with error logging; on Workers pass `executionCtx.waitUntil`. */
  runInBackground?: (task: Promise<unknown>) => void;
  fetch?: typeof fetch;
  /** Pause before retrying a rate-limited platform call. */
  wait?: (milliseconds: number) => Promise<void>;
  logger?: Logger;
  /** Bot Framework signing keys; defaults to the jwks_uri of TEAMS_OPENID_METADATA_URL. */
  teamsKeySet?: TeamsKeySet;
  /** Microsoft token endpoint for the bot's client credentials (single-tenant bots name their tenant). */
  teamsTokenUrl?: string;
}

/**
 * The team-chat platforms whose credentials are configured, each as a Hono app to mount at its
 * path (`/slack`, `/mattermost`, `/teams`). A half-configured platform is a deployment mistake:
 * it throws rather than starting with, say, a Slack app whose requests cannot be verified.
 */
export function createTeamChatRoutes(dependencies: TeamChatDependencies): Array<{ path: string; app: Hono }> {
  const { config } = dependencies;
  const log = dependencies.logger ?? consoleLogger;
  const context: TeamChatContext = {
    assistant: dependencies.assistant,
    now: dependencies.now ?? (() => new Date()),
    runInBackground: dependencies.runInBackground ?? createBackgroundRunner(log),
    // Every outbound platform call (Slack Web API, response_url, Bot Connector, OpenID metadata and
    // keys) goes through this fetch, so one timeout covers them all.
    fetch: fetchWithTimeout(
      dependencies.fetch ?? ((input, init) => fetch(input, init)),
      config.RAIA_OUTBOUND_TIMEOUT_MS,
    ),
    wait: dependencies.wait ?? waitFor,
    log,
    publicUrl: config.RAIA_PUBLIC_URL?.replace(/\/+$/, ''),
  };
  const routes: Array<{ path: string; app: Hono }> = [];

  if (config.SLACK_SIGNING_SECRET !== undefined || config.SLACK_BOT_TOKEN !== undefined) {
    const signingSecret = required(config.SLACK_SIGNING_SECRET, 'SLACK_SIGNING_SECRET', 'Slack');
    const botToken = required(config.SLACK_BOT_TOKEN, 'SLACK_BOT_TOKEN', 'Slack');
    routes.push({
      path: '/slack',
      app: createSlackRoutes({ context, signingSecret, botToken, apiUrl: config.SLACK_API_URL }),
    });
  }
  if (config.MATTERMOST_TOKEN !== undefined || config.MATTERMOST_ACTION_SECRET !== undefined) {
    const commandToken = required(config.MATTERMOST_TOKEN, 'MATTERMOST_TOKEN', 'Mattermost');
    const actionSecret = required(config.MATTERMOST_ACTION_SECRET, 'MATTERMOST_ACTION_SECRET', 'Mattermost');
    routes.push({
      path: '/mattermost',
      app: createMattermostRoutes({ context, commandToken, actionSecret }),
    });
  }
  if (config.TEAMS_APP_ID !== undefined || config.TEAMS_APP_PASSWORD !== undefined) {
    const appId = required(config.TEAMS_APP_ID, 'TEAMS_APP_ID', 'Teams');
    const appPassword = required(config.TEAMS_APP_PASSWORD, 'TEAMS_APP_PASSWORD', 'Teams');
    const keySet =
      dependencies.teamsKeySet ??
      createTeamsKeySet({ metadataUrl: config.TEAMS_OPENID_METADATA_URL, fetch: context.fetch });
    const tokenUrl = dependencies.teamsTokenUrl ?? defaultTeamsTokenUrl;
    routes.push({
      path: '/teams',
      app: createTeamsRoutes({ context, appId, appPassword, keySet, tokenUrl }),
    });
  }
  return routes;
}

function required(value: string | undefined, name: string, platform: string): string {
  if (value === undefined || value.trim() === '') {
    throw new Error(
      `${name} is not set: ${platform} needs it. Set it, or unset the other ${platform} variables.`,
    );
  }
  return value;
}
