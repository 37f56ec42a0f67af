import { Hono } from 'hono';
import { createErrorHandler } from '../../src/server/error-handler.ts';
import { silentLogger } from '../../src/server/logger.ts';

/**
 * Mounts team-chat routes as the composition roots do: beside an app whose one error handler
 * answers what the routes throw (an unsigned request, a payload too large).
 */
export function mountTeamChatRoutes(routes: ReadonlyArray<{ path: string; app: Hono }>): Hono {
  const app = new Hono();
  for (const route of routes) app.route(route.path, route.app);
  app.onError(createErrorHandler(silentLogger));
  return app;
}
