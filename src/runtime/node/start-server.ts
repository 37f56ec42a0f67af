import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Config } from '../../config.ts';
import { createAssistant } from '../../conversation/create-assistant.ts';
import { createKnowledgeService } from '../../conversation/create-knowledge-service.ts';
import { createLanguageModel } from '../../llm/language-model.ts';
import { createDefaultQuestionnaireRegistry } from '../../questionnaires/registry.ts';
import type { Questionnaire } from '../../questionnaires/schema.ts';
import { createApp } from '../../server/create-app.ts';
import type { Logger } from '../../server/logger.ts';
import { purgeExpiredSessions } from '../../sessions/purge-expired-sessions.ts';
import { createAuditLog } from './audit-log.ts';
import { createLogger } from './create-logger.ts';
import { loadKnowledge } from './load-knowledge.ts';
import { loadQuestionnaireFiles } from './load-questionnaire-files.ts';
import { createSqliteSessionStore } from './sqlite-session-store.ts';

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
  mkdirSync(config.RAIA_DATA_DIR, { recursive: true });

  const knowledge = await loadKnowledge(config.RAIA_DATA_DIR);
  if (!knowledge.success) throw knowledge.error;
  const passageIds = new Set(knowledge.data.flatMap((base) => [...base.byId.keys()]));
  const questionnaires = createDefaultQuestionnaireRegistry(
    await loadAgencyQuestionnaires(config, passageIds),
  );
  const model = createLanguageModel(config);
  const store = createSqliteSessionStore({ path: join(config.RAIA_DATA_DIR, 'raia.db') });

  const assistant = createAssistant({
    store,
    questionnaires,
    knowledgeBase: knowledge.data,
    model,
    modelTimeoutMs: config.RAIA_MODEL_TIMEOUT_MS,
    onAudit: createAuditLog(logger),
  });
  const app = createApp({
    assistant,
    knowledge: createKnowledgeService(knowledge.data, { model, timeoutMs: config.RAIA_MODEL_TIMEOUT_MS }),
    config,
    logger,
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

async function loadAgencyQuestionnaires(
  config: Config,
  knownPassageIds: Set<string>,
): Promise<Questionnaire[]> {
  if (config.RAIA_QUESTIONNAIRES_DIR === undefined) return [];
  const loaded = await loadQuestionnaireFiles(config.RAIA_QUESTIONNAIRES_DIR, { knownPassageIds });
  if (!loaded.success) throw new Error(loaded.error);
  return loaded.data;
}
