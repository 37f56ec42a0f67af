import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { createAgencyService } from '../../agency/create-agency-service.ts';
import { createTeamChatRoutes } from '../../channels/create-team-chat-routes.ts';
import type { Config } from '../../config.ts';
import { createKnowledgeService } from '../../knowledge/create-knowledge-service.ts';
import { createAuditLog } from '../../server/audit-log.ts';
import { createApp } from '../../server/create-app.ts';
import type { Logger } from '../../server/logger.ts';
import { purgeExpiredSessions } from '../../sessions/purge-expired-sessions.ts';
import { composeNodeCore } from './compose-node-core.ts';
import { createLogger } from './create-logger.ts';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting requests, lets open ones finish, then closes the database. */
  close(): Promise<void>;
}

const webRoot = fileURLToPath(new URL('../../../web/dist', import.meta.url));
const retentionCheckMilliseconds = 60 * 60 * 1000;

/**
 * Composes RAIA on Node: the SQLite store in RAIA_DATA_DIR, the built-in and ingested knowledge,
 * built-in and agency questionnaires, the optional model, the HTTP API and the built web page.
 * `port: 0` picks a free port; the host is loopback unless configured otherwise.
 */
export async function startServer(options: {
  config: Config;
  port?: number;
  host?: string;
  logger?: Logger;
}): Promise<RunningServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config);
  const { assistant, knowledge, model, store, registerStore, databasePath } = await composeNodeCore(config, {
    onAudit: createAuditLog(logger),
    modelLog: logger,
    // Once per change, not per refused request: the error handler logs those.
    onStoreHealth: ({ health, path, cause }) => {
      if (health.ready) logger.info({ path }, 'Answers can be saved again');
      else logger.error({ path, err: cause }, `${health.reason} Database: ${path}`);
    },
  });
  // A write probe before anything else: a database that can be read but never written (a
  // read-only file, leftover -wal/-shm files of another user) must not serve a page whose every
  // answer is refused. A lock held by another process passes; /healthz reports it meanwhile.
  const health = store.health();
  if (!health.ready && !health.transient) {
    store.close();
    throw new Error(`RAIA cannot write to its database ${databasePath}: ${health.cause}.`);
  }
  // A half-configured platform (e.g. a Slack bot token without its signing secret) stops start-up.
  const agency = createAgencyService({ assistant, registerStore, timeZone: config.RAIA_TIME_ZONE });
  let teamChatRoutes: ReturnType<typeof createTeamChatRoutes>;
  try {
    teamChatRoutes = createTeamChatRoutes({ assistant, agency, config, logger });
  } catch (error) {
    store.close();
    throw error;
  }
  const app = createApp({
    assistant,
    agency,
    knowledge: createKnowledgeService(knowledge, { model, timeoutMs: config.RAIA_MODEL_TIMEOUT_MS }),
    config,
    logger,
    extraRoutes: teamChatRoutes,
    readiness: () => store.health(),
    staticAssets: serveStatic({ root: webRoot }),
    // The socket's address unless a reverse proxy header is configured (see config.ts).
    ...(config.RAIA_CLIENT_IP_HEADER === undefined
      ? { clientAddress: (c) => getConnInfo(c).remote.address }
      : {}),
  });

  const purge = () =>
    purgeExpiredSessions(store, { retentionDays: config.RAIA_RETENTION_DAYS, now: new Date() }).then(
      (erased) => erased > 0 && logger.info({ erased }, 'Erased sessions past the retention period'),
      (error: unknown) => logger.error({ err: error }, 'Retention purge failed'),
    );
  await purge();

  const host = options.host ?? config.HOST;
  const { server, address } = await listen(app.fetch, options.port ?? config.PORT, host).catch(
    (error: unknown) => {
      store.close();
      throw error;
    },
  );
  const retentionTimer = setInterval(purge, retentionCheckMilliseconds).unref();
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(retentionTimer);
        server.close((error) => {
          store.close();
          if (error) reject(error);
          else resolve();
        });
        // Idle keep-alive connections would otherwise hold close() open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}

function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, hostname: string) {
  return new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, (address) => resolve({ server, address }));
    server.once('error', reject);
  });
}
