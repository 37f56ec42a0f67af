import type { Hono } from 'hono';
import type { Config } from '../../config.ts';
import type { TeamChatContext } from './team-chat-context.ts';

/**
 * One team-chat platform, as the list of platforms (src/channels/create-team-chat-routes.ts) sees
 * it: where its routes are mounted and how they are built from the configuration. `Overrides` are
 * the platform's own injection points for tests (Teams' signing keys), passed through unchanged.
 */
export interface TeamChatPlatform<Overrides = unknown> {
  path: `/${string}`;
  /** The routes; undefined when none of the platform's settings is set; throws when only some are. */
  createRoutes(context: TeamChatContext, config: Config, overrides: Overrides): Hono | undefined;
}
