import type { Hono } from 'hono';
import { createAgencyService } from '../../agency/create-agency-service.ts';
import { createTeamChatRoutes } from '../../channels/create-team-chat-routes.ts';
import { loadConfig } from '../../config.ts';
import { createAssistant } from '../../conversation/create-assistant.ts';
import { createFrameworkQuestionnaires } from '../../frameworks/create-framework-questionnaires.ts';
import { createDefaultFrameworkRegistry } from '../../frameworks/framework-registry.ts';
import { createKnowledgeService } from '../../knowledge/create-knowledge-service.ts';
import { loadBuiltInKnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { createLanguageModel } from '../../llm/language-model.ts';
import { createDefaultQuestionnaireRegistry } from '../../questionnaires/registry.ts';
import type { RegisterStore } from '../../register/register-store.ts';
import { createAuditLog } from '../../server/audit-log.ts';
import { createApp } from '../../server/create-app.ts';
import { consoleLogger } from '../../server/logger.ts';
import { createDurableObjectRegisterStore } from './durable-object-register-store.ts';
import { createDurableObjectSessionStore } from './durable-object-session-store.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

export type ComposedWorkerApp =
  | { success: true; app: Hono; registerStore: RegisterStore }
  | { success: false; error: string };

/**
 * RAIA on Workers: configuration from the bindings, sessions in Durable Objects, the built-in
 * knowledge base and questionnaires bundled as JSON (no index build at start-up), the optional
 * model, the HTTP API, the configured team-chat webhooks and the page from the ASSETS binding.
 * Agency questionnaire files and ingested documents need a file system: Node only.
 */
export function composeWorkerApp(
  environment: WorkerEnvironment,
  runInBackground: (task: Promise<unknown>) => void,
): ComposedWorkerApp {
  const loaded = loadConfig(stringBindings(environment));
  if (!loaded.success) return { success: false, error: loaded.error };
  const config = loaded.data;
  const knowledgeBase = loadBuiltInKnowledgeBase();
  const logger = consoleLogger;
  const model = createLanguageModel(config, logger);
  const store = createDurableObjectSessionStore({
    sessions: environment.SESSIONS,
    index: environment.SESSION_INDEX,
    deliveries: environment.DELIVERY_CLAIMS,
    retentionDays: config.RAIA_RETENTION_DAYS,
  });
  const registerStore = createDurableObjectRegisterStore({ registers: environment.REGISTERS });
  const questionnaires = createFrameworkQuestionnaires({
    questionnaires: createDefaultQuestionnaireRegistry(),
    frameworks: createDefaultFrameworkRegistry(),
    setting: config.RAIA_FRAMEWORK_PACKS,
  });
  if (!questionnaires.success) return { success: false, error: questionnaires.error.message };
  const assistant = createAssistant({
    store,
    questionnaires: questionnaires.data,
    knowledgeBase,
    model,
    modelTimeoutMs: config.RAIA_MODEL_TIMEOUT_MS,
    reports: { agencyName: config.RAIA_AGENCY_NAME, timeZone: config.RAIA_TIME_ZONE },
    onAudit: createAuditLog(logger),
  });
  const agency = createAgencyService({ assistant, registerStore, timeZone: config.RAIA_TIME_ZONE });
  const teamChat = composeTeamChat(() =>
    createTeamChatRoutes({ assistant, agency, config, logger, runInBackground }),
  );
  if (!teamChat.success) return teamChat;
  const app = createApp({
    assistant,
    agency,
    knowledge: createKnowledgeService(knowledgeBase, { model, timeoutMs: config.RAIA_MODEL_TIMEOUT_MS }),
    config,
    logger,
    extraRoutes: teamChat.routes,
    staticAssets: async (c) => {
      // The asset layer's headers are immutable; copy them so the security headers can be added.
      const asset = await environment.ASSETS.fetch(c.req.raw);
      return new Response(asset.body, asset);
    },
  });
  return { success: true, app, registerStore };
}

/** A half-configured platform (a Slack secret without its bot token) throws: report it, do not crash. */
function composeTeamChat(
  create: () => ReturnType<typeof createTeamChatRoutes>,
): { success: true; routes: ReturnType<typeof createTeamChatRoutes> } | { success: false; error: string } {
  try {
    return { success: true, routes: create() };
  } catch (error) {
    return { success: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Variables and secrets are strings; bindings (Durable Objects, ASSETS) are objects config ignores. */
function stringBindings(environment: WorkerEnvironment): Record<string, string> {
  const entries = Object.entries(environment).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return Object.fromEntries(entries);
}
