import type { Hono } from 'hono';
import { createAgencyService } from '../../src/agency/create-agency-service.ts';
import { type Config, configSchema } from '../../src/config.ts';
import type { Assistant } from '../../src/conversation/assistant.ts';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import type { AuditEntry } from '../../src/conversation/session-data.ts';
import { createFrameworkQuestionnaires } from '../../src/frameworks/create-framework-questionnaires.ts';
import { createDefaultFrameworkRegistry } from '../../src/frameworks/framework-registry.ts';
import { createKnowledgeService } from '../../src/knowledge/create-knowledge-service.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createMemoryRegisterStore } from '../../src/register/memory-register-store.ts';
import type { RegisterStore } from '../../src/register/register-store.ts';
import { type AppDependencies, createApp } from '../../src/server/create-app.ts';
import { type Logger, silentLogger } from '../../src/server/logger.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';

const knowledgeBase = loadBuiltInKnowledgeBase();

function deploymentQuestionnaires(config: Config) {
  const composed = createFrameworkQuestionnaires({
    questionnaires: createDefaultQuestionnaireRegistry(),
    frameworks: createDefaultFrameworkRegistry(),
    setting: config.RAIA_FRAMEWORK_PACKS,
  });
  if (!composed.success) throw composed.error;
  return composed.data;
}

/** The real app over the real assistant (real questionnaires and knowledge) and a memory store. */
export function createRealApp(
  options: {
    environment?: Record<string, string>;
    logger?: Logger;
    store?: SessionStore;
    now?: () => number;
    extraRoutes?: Array<{ path: string; app: Hono }>;
    onAudit?: (sessionId: string, entries: readonly AuditEntry[]) => void;
    readiness?: AppDependencies['readiness'];
    registerStore?: RegisterStore;
    /** Compose the framework packs RAIA_FRAMEWORK_PACKS (in `environment`) offers, as a deployment does. */
    frameworkPacks?: boolean;
  } = {},
) {
  const config: Config = configSchema.parse(options.environment ?? {});
  const store = options.store ?? createMemorySessionStore();
  const assistant: Assistant = createAssistant({
    store,
    questionnaires:
      options.frameworkPacks === true
        ? deploymentQuestionnaires(config)
        : createDefaultQuestionnaireRegistry(),
    knowledgeBase,
    reports: { agencyName: config.RAIA_AGENCY_NAME, timeZone: config.RAIA_TIME_ZONE },
    ...(options.onAudit === undefined ? {} : { onAudit: options.onAudit }),
  });
  const registerStore = options.registerStore ?? createMemoryRegisterStore();
  const agency = createAgencyService({ assistant, registerStore, timeZone: config.RAIA_TIME_ZONE });
  const app = createApp({
    assistant,
    agency,
    knowledge: createKnowledgeService(knowledgeBase),
    config,
    logger: options.logger ?? silentLogger,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.extraRoutes === undefined ? {} : { extraRoutes: options.extraRoutes }),
    ...(options.readiness === undefined ? {} : { readiness: options.readiness }),
  });
  return { app, assistant, store, config, knowledgeBase, agency, registerStore };
}

export function jsonRequest(
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
