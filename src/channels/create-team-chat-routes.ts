import type { Hono } from 'hono';
import type { AgencyService } from '../agency/create-agency-service.ts';
import type { Config } from '../config.ts';
import type { Assistant } from '../conversation/assistant.ts';
import { createRoleDirectory } from '../register/roles.ts';
import { mattermostPlatform } from './mattermost/mattermost-platform.ts';
import { fetchWithTimeout } from './shared/fetch-with-timeout.ts';
import { createBackgroundRunner, waitFor } from './shared/run-in-background.ts';
import type { TeamChatContext, TeamChatLog } from './shared/team-chat-context.ts';
import { slackPlatform } from './slack/slack-platform.ts';
import { type TeamsOverrides, teamsPlatform } from './teams/teams-platform.ts';

/** Every platform RAIA speaks, in mounting order: a new platform is its folder and one entry here. */
const platforms = [slackPlatform, mattermostPlatform, teamsPlatform] as const;

export interface TeamChatDependencies extends TeamsOverrides {
  assistant: Assistant;
  /** The register: with it, "list our systems", "assess …", "sign off …" work in team chat. */
  agency?: AgencyService | undefined;
  config: Config;
  /** The runtime's logger (pino on Node, the console one on Workers). */
  logger: TeamChatLog;
  now?: () => Date;
  /** Defaults to fire-and-forget with error logging; on Workers pass `executionCtx.waitUntil`. */
  runInBackground?: (task: Promise<unknown>) => void;
  fetch?: typeof fetch;
  /** Pause before retrying a rate-limited platform call. */
  wait?: (milliseconds: number) => Promise<void>;
}

/**
 * The team-chat platforms whose credentials are configured, each as a Hono app to mount at its
 * path (`/slack`, `/mattermost`, `/teams`) by the runtime's composition root. A half-configured
 * platform is a deployment mistake: it throws rather than starting with, say, a Slack app whose
 * requests cannot be verified.
 */
export function createTeamChatRoutes(dependencies: TeamChatDependencies): Array<{ path: string; app: Hono }> {
  const { config, logger: log } = dependencies;
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
    agency: dependencies.agency,
    roles: createRoleDirectory(config.RAIA_ROLES),
    timeZone: config.RAIA_TIME_ZONE,
  };
  return platforms.flatMap((platform) => {
    const app = platform.createRoutes(context, config, dependencies);
    return app === undefined ? [] : [{ path: platform.path, app }];
  });
}
