import { join } from 'node:path';
import type { LanguageModel } from 'ai';
import type { Config } from '../../config.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import { type AssistantDependencies, createAssistant } from '../../conversation/create-assistant.ts';
import { createFrameworkQuestionnaires } from '../../frameworks/create-framework-questionnaires.ts';
import { createDefaultFrameworkRegistry } from '../../frameworks/framework-registry.ts';
import type { KnowledgeBase } from '../../knowledge/create-knowledge-base.ts';
import { createLanguageModel } from '../../llm/language-model.ts';
import type { ModelLog } from '../../llm/model-log.ts';
import {
  createDefaultQuestionnaireRegistry,
  type QuestionnaireRegistry,
} from '../../questionnaires/registry.ts';
import type { Questionnaire } from '../../questionnaires/schema.ts';
import type { RegisterStore } from '../../register/register-store.ts';
import { loadAgencyFrameworkPacks } from './load-framework-pack-files.ts';
import { loadKnowledge } from './load-knowledge.ts';
import { loadQuestionnaireFiles } from './load-questionnaire-files.ts';
import { prepareDataDirectory } from './prepare-data-directory.ts';
import type { StoreHealthListener } from './sqlite-session-guard.ts';
import { createSqliteSessionStore } from './sqlite-session-store.ts';

export type NodeCore = {
  assistant: Assistant;
  knowledge: readonly KnowledgeBase[];
  questionnaires: QuestionnaireRegistry;
  model: LanguageModel | undefined;
  store: ReturnType<typeof createSqliteSessionStore>;
  /** The organisations' registers, in the sessions' database file (closed with `store`). */
  registerStore: RegisterStore;
  /** The store's file, for messages to the operator. */
  databasePath: string;
};

/**
 * The conversation core on Node with its embedded defaults: SQLite in RAIA_DATA_DIR, the built-in
 * and ingested knowledge, built-in and agency questionnaires, and the model if one is configured.
 * Shared by the HTTP server and `raia chat`, so both see the same sessions.
 */
export async function composeNodeCore(
  config: Config,
  extra: Pick<AssistantDependencies, 'onAudit'> & {
    onStoreHealth?: StoreHealthListener;
    modelLog?: ModelLog;
  } = {},
): Promise<NodeCore> {
  const { onStoreHealth, modelLog, ...assistantExtra } = extra;
  prepareDataDirectory(config.RAIA_DATA_DIR);
  const knowledge = await loadKnowledge(config.RAIA_DATA_DIR);
  if (!knowledge.success) throw knowledge.error;
  const passageIds = new Set(knowledge.data.flatMap((base) => [...base.byId.keys()]));
  const toolkitQuestionnaires = createDefaultQuestionnaireRegistry(
    await loadAgencyQuestionnaires(config, passageIds),
  );
  const agencyPacks = await loadAgencyFrameworkPacks(config.RAIA_FRAMEWORK_PACKS_DIR, toolkitQuestionnaires);
  if (!agencyPacks.success) throw agencyPacks.error;
  const frameworks = createDefaultFrameworkRegistry(agencyPacks.data);
  const packed = createFrameworkQuestionnaires({
    questionnaires: toolkitQuestionnaires,
    frameworks,
    setting: config.RAIA_FRAMEWORK_PACKS,
  });
  if (!packed.success) throw packed.error;
  const questionnaires = packed.data;
  const model = createLanguageModel(config, modelLog);
  const databasePath = join(config.RAIA_DATA_DIR, 'raia.db');
  const store = createSqliteSessionStore({
    path: databasePath,
    ...(onStoreHealth === undefined ? {} : { onHealthChange: onStoreHealth }),
  });
  const assistant = createAssistant({
    store,
    questionnaires,
    knowledgeBase: knowledge.data,
    model,
    modelTimeoutMs: config.RAIA_MODEL_TIMEOUT_MS,
    reports: { agencyName: config.RAIA_AGENCY_NAME, timeZone: config.RAIA_TIME_ZONE },
    ...assistantExtra,
  });
  return {
    assistant,
    knowledge: knowledge.data,
    questionnaires,
    model,
    store,
    registerStore: store.registerStore,
    databasePath,
  };
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
