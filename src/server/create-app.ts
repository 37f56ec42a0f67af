import { type Context, Hono, type MiddlewareHandler, type Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../app-error.ts';
import type { Config } from '../config.ts';
import type { Assistant } from '../conversation/assistant.ts';
import { errorBody } from './error-body.ts';
import { createErrorHandler } from './error-handler.ts';
import type { KnowledgeService } from './knowledge-service.ts';
import { consoleLogger, type Logger } from './logger.ts';
import { noStore } from './middleware/no-store.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { createAskRoutes } from './routes/ask.ts';
import { createChatRoutes } from './routes/chat.ts';
import { createHealthRoutes } from './routes/health.ts';
import { createSearchRoutes } from './routes/search.ts';
import { createSessionReportRoutes } from './routes/session-report.ts';
import { createSessionRoutes } from './routes/sessions.ts';

export const maxBodyBytes = 64 * 1024;

export interface AppDependencies {
  assistant: Assistant;
  knowledge: KnowledgeService;
  config: Config;
  logger?: Logger;
  /** Channel webhooks (Slack, Mattermost, Teams) mounted beside the API, e.g. `/slack/events`. */
  extraRoutes?: Array<{ path: string; app: Hono }>;
  /** Serves the built web page for non-API paths: `serveStatic` on Node, the ASSETS binding on Workers. */
  staticAssets?: MiddlewareHandler;
}

/**
 * The composition root of the HTTP API, Web-standard so Node and Workers share it. Every channel
 * talks to the same `Assistant`; errors are mapped to HTTP in one place (error-handler.ts).
 * CORS stays closed: the page is served from the same origin, so no CORS headers are sent.
 */
export function createApp(dependencies: AppDependencies): Hono {
  const { assistant, knowledge, extraRoutes = [], staticAssets } = dependencies;
  const app = new Hono();

  app.use(securityHeaders());
  app.use(
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new AppError('payload-too-large', 'The request body is larger than 64 KB.');
      },
    }),
  );
  for (const path of ['/api/sessions', '/api/sessions/*', '/api/chat']) app.use(path, noStore);

  app.route('/healthz', createHealthRoutes());
  app.route('/api/sessions', createSessionRoutes(assistant));
  app.route('/api/sessions', createSessionReportRoutes(assistant));
  app.route('/api/search', createSearchRoutes(knowledge));
  app.route('/api/ask', createAskRoutes(knowledge));
  app.route('/api/chat', createChatRoutes(assistant));
  for (const extra of extraRoutes) app.route(extra.path, extra.app);
  if (staticAssets !== undefined) app.get('*', serveOutsideApi(staticAssets));

  app.notFound((c) => c.json(errorBody('not-found', 'Not found.'), 404));
  app.onError(createErrorHandler(dependencies.logger ?? consoleLogger));
  return app;
}

/** An unknown `/api/...` path is a JSON 404, never the page. */
function serveOutsideApi(staticAssets: MiddlewareHandler): MiddlewareHandler {
  return (c: Context, next: Next) => (c.req.path.startsWith('/api/') ? next() : staticAssets(c, next));
}
