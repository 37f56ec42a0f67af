import { type Context, Hono, type MiddlewareHandler, type Next } from 'hono';
import type { AgencyService } from '../agency/create-agency-service.ts';
import type { Config } from '../config.ts';
import type { Assistant } from '../conversation/assistant.ts';
import type { KnowledgeService } from '../knowledge/knowledge-service.ts';
import { createRoleDirectory } from '../register/roles.ts';
import { createTokenVerifier } from './access/create-token-verifier.ts';
import type { AccessEnvironment } from './access/principal.ts';
import { resolveRoles } from './access/resolve-roles.ts';
import { errorBody } from './error-body.ts';
import { createErrorHandler } from './error-handler.ts';
import { consoleLogger, type Logger } from './logger.ts';
import { bodyLimits } from './middleware/body-limits.ts';
import {
  type ClientAddress,
  headerClientAddress,
  identifyClient,
  platformClientAddress,
} from './middleware/identify-client.ts';
import { noStore } from './middleware/no-store.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { refuseCrossSite } from './middleware/refuse-cross-site.ts';
import { requestLog } from './middleware/request-log.ts';
import { requireAuthentication } from './middleware/require-authentication.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { createAskRoutes } from './routes/ask.ts';
import { createChatRoutes } from './routes/chat.ts';
import { createHealthRoutes, type Readiness } from './routes/health.ts';
import { createOrganisationRoutes } from './routes/organisation.ts';
import { createSearchRoutes } from './routes/search.ts';
import { createSessionNotesRoutes } from './routes/session-notes.ts';
import { createSessionReportRoutes } from './routes/session-report.ts';
import { createSessionReviewRoutes } from './routes/session-review.ts';
import { createSessionTransferRoutes } from './routes/session-transfer.ts';
import { createSessionRoutes } from './routes/sessions.ts';
import { createSystemRoutes } from './routes/systems.ts';

export { maxBodyBytes } from './middleware/body-limits.ts';

export interface AppDependencies {
  assistant: Assistant;
  /** The register of AI systems, sign-off and reassessment; without it those routes are absent. */
  agency?: AgencyService;
  knowledge: KnowledgeService;
  config: Config;
  logger?: Logger;
  /**
   * Channel webhooks (Slack, Mattermost, Teams) mounted beside the API, e.g. `/slack/events`: each
   * caps its own bodies, and what its routes throw is answered by this app's one error handler.
   */
  extraRoutes?: Array<{ path: string; app: Hono }>;
  /** Serves the built web page for non-API paths: `serveStatic` on Node, the ASSETS binding on Workers. */
  staticAssets?: MiddlewareHandler;
  /** The caller's address for rate limiting: the socket on Node; defaults to `cf-connecting-ip`. */
  clientAddress?: ClientAddress;
  /** Milliseconds clock for the rate limiter and request durations; injected by tests. */
  now?: () => number;
  /** Whether answers can be saved, for `/healthz` (the Node store's write health); ready if unset. */
  readiness?: () => Readiness;
}

/**
 * The composition root of the HTTP API, Web-standard so Node and Workers share it. Every channel
 * talks to the same `Assistant`; errors are mapped to HTTP in one place (error-handler.ts).
 * CORS stays closed: the page is served from the same origin, so no CORS headers are sent.
 * Order on /api/*: identify the caller, rate-limit, require a token (when configured), refuse
 * cross-site writes; each session route then checks the session's owner.
 */
export function createApp(dependencies: AppDependencies): Hono {
  const { assistant, knowledge, config, extraRoutes = [], staticAssets } = dependencies;
  const logger = dependencies.logger ?? consoleLogger;
  const now = dependencies.now ?? (() => Date.now());
  const clientAddress =
    dependencies.clientAddress ??
    (config.RAIA_CLIENT_IP_HEADER === undefined
      ? platformClientAddress
      : headerClientAddress(config.RAIA_CLIENT_IP_HEADER));

  const api = new Hono<AccessEnvironment>();
  api.use(identifyClient({ verifier: createTokenVerifier(config.RAIA_API_TOKENS), clientAddress }));
  api.use(resolveRoles(createRoleDirectory(config.RAIA_ROLES)));
  api.use(rateLimit({ limitPerMinute: config.RAIA_RATE_LIMIT_PER_MINUTE, now }));
  api.use(requireAuthentication);
  api.use(refuseCrossSite);
  api.use(noStore);
  api.route('/sessions', createSessionTransferRoutes(assistant));
  api.route('/sessions', createSessionRoutes(assistant, dependencies.agency));
  if (dependencies.agency !== undefined) {
    api.route('/systems', createSystemRoutes(dependencies.agency));
    api.route('/sessions', createSessionReviewRoutes(assistant, dependencies.agency));
    api.route('/organisation', createOrganisationRoutes(dependencies.agency));
  }
  api.route('/sessions', createSessionReportRoutes(assistant));
  api.route('/sessions', createSessionNotesRoutes(assistant));
  api.route('/search', createSearchRoutes(knowledge));
  api.route('/ask', createAskRoutes(knowledge));
  api.route('/chat', createChatRoutes(assistant));

  const app = new Hono();
  app.use(requestLog(logger, now));
  app.use(securityHeaders());
  app.use('/api/*', bodyLimits());
  app.route('/healthz', createHealthRoutes(dependencies.readiness));
  app.route('/api', api);
  for (const extra of extraRoutes) app.route(extra.path, extra.app);
  if (staticAssets !== undefined) app.get('*', serveOutsideApi(staticAssets));

  app.notFound((c) => c.json(errorBody('not-found', 'Not found.'), 404));
  app.onError(createErrorHandler(logger));
  return app;
}

/** An unknown `/api/...` path is a JSON 404, never the page. */
function serveOutsideApi(staticAssets: MiddlewareHandler): MiddlewareHandler {
  return (c: Context, next: Next) => (c.req.path.startsWith('/api/') ? next() : staticAssets(c, next));
}
