import type { LanguageModel } from 'ai';
import { AppError } from '../app-error.ts';
import { answerQuestion } from '../knowledge/answer-question.ts';
import type { KnowledgeSource } from '../knowledge/create-knowledge-base.ts';
import { proposeAnswer } from '../llm/propose-answer.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { createPassageLookup } from '../reports/passage-lookup.ts';
import { createSessionId, unknownSessionMessage } from '../sessions/session-id.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import { actionLabel } from './action-label.ts';
import { applyTurn } from './apply-turn.ts';
import type { Assistant } from './assistant.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { exportSession } from './export-session.ts';
import { findProcessedReply } from './find-processed-reply.ts';
import { greetingReply } from './greeting-reply.ts';
import { concurrentChangeError, guardStore } from './guard-store.ts';
import { importSession } from './import-session.ts';
import { loadSessionData, loadSessionWithLog } from './load-session-data.ts';
import { materializeReply } from './materialize-reply.ts';
import { createReassessMethods } from './reassess-methods.ts';
import { recordReply, recordTurn } from './record-turn.ts';
import { reportChangesSince } from './report-changes-since.ts';
import { createReviewMethods } from './review-methods.ts';
import { reviewTurn } from './review-turn.ts';
import { searchNotes } from './search-notes.ts';
import { type AuditEntry, createEmptySessionData } from './session-data.ts';
import { createSessionDataCache } from './session-data-cache.ts';
import { createSessionLocks } from './session-locks.ts';
import { renderSessionReport } from './session-report.ts';
import { sessionView } from './session-view.ts';
import type { TurnDependencies } from './turn-dependencies.ts';
import { turnInputSchema } from './turn-input.ts';

export type AssistantDependencies = {
  store: SessionStore;
  questionnaires: QuestionnaireRegistry;
  knowledgeBase: KnowledgeSource;
  /** Optional: phrases answers and proposes interpretations of free text; never scores. */
  model?: LanguageModel | undefined;
  modelTimeoutMs?: number;
  now?: () => Date;
  generateId?: () => string;
  /** Told of every audited change after it is saved (who changed which answer, never the answer). */
  onAudit?: (sessionId: string, entries: readonly AuditEntry[]) => void;
  /** What reports print on their title page: RAIA_AGENCY_NAME and RAIA_TIME_ZONE (default UTC). */
  reports?: { agencyName?: string | undefined; timeZone?: string | undefined };
  /** How many sessions' blobs are kept between turns (see session-data-cache.ts); 0 keeps none. */
  sessionCacheSize?: number;
};

/**
 * A completed session's blob is about 9 KB as JSON and a few times that as objects: 1,000 active
 * sessions keep some tens of MB. Past that the least recently used is dropped and read again.
 */
const defaultSessionCacheSize = 1000;

/** The conversation core: every channel calls these methods; each turn is saved before it returns. */
export function createAssistant(dependencies: AssistantDependencies): Assistant {
  const { store, questionnaires } = dependencies;
  const now = dependencies.now ?? (() => new Date());
  const generateId = dependencies.generateId ?? (() => crypto.randomUUID());
  const withSessionLock = createSessionLocks();
  const sessions = createSessionDataCache(dependencies.sessionCacheSize ?? defaultSessionCacheSize);
  const reportPassages = createPassageLookup(dependencies.knowledgeBase);
  const model = dependencies.model;
  const timeoutMs = dependencies.modelTimeoutMs ?? 15_000;
  const review = { questionnaires, timeZone: dependencies.reports?.timeZone ?? 'UTC' };
  const turnDependencies: TurnDependencies = {
    questionnaires,
    knowledgeBase: dependencies.knowledgeBase,
    timeZone: dependencies.reports?.timeZone,
    askKnowledge: (question) =>
      answerQuestion(question, {
        knowledgeBase: dependencies.knowledgeBase,
        timeoutMs,
        ...(model ? { model } : {}),
      }),
    ...(model
      ? {
          proposeAnswer: (definition, question, text) =>
            proposeAnswer({ model, definition, question, text, timeoutMs }),
        }
      : {}),
  };

  const internals: AssistantInternals = {
    store,
    questionnaires,
    sessions,
    withSessionLock,
    now,
    generateId,
    onAudit: dependencies.onAudit,
    reportPassages,
    reports: dependencies.reports,
  };

  return {
    ...createReviewMethods(internals),
    ...createReassessMethods(internals),

    async createSession(options = {}) {
      return guardStore(async () => {
        const sessionId = options.sessionId ?? createSessionId();
        const at = options.at ?? now().toISOString();
        const reply = materializeReply(greetingReply(questionnaires), 'menu', generateId);
        const empty = createEmptySessionData();
        const { data, transcript } = recordReply(
          options.systemId === undefined ? empty : { ...empty, systemId: options.systemId },
          at,
          reply,
        );
        // The store refuses an existing id atomically (AppError 'conflict'), which guardStore returns.
        await store.create(
          { id: sessionId, createdAt: at, updatedAt: at, owner: options.owner ?? null, data },
          { transcript },
        );
        sessions.remember(sessionId, { revision: 0, createdAt: at, updatedAt: at }, data);
        return { success: true, data: { sessionId, reply } };
      });
    },

    async handleTurn(rawInput, options = {}) {
      const parsed = turnInputSchema.safeParse(rawInput);
      if (!parsed.success) {
        return {
          success: false,
          error: new AppError('bad-request', parsed.error.issues[0]?.message ?? 'Invalid message.'),
        };
      }
      const input = parsed.data;
      const fingerprint = JSON.stringify([input.text ?? null, input.action ?? null]);
      return withSessionLock(input.sessionId, () =>
        guardStore(async () => {
          // A second attempt covers another process saving between our load and save.
          for (let attempt = 0; attempt < 2; attempt += 1) {
            const loaded = await loadSessionData(store, input.sessionId, sessions);
            if (!loaded.success) return loaded;
            // Checked on the read the turn itself uses, under its lock: the session checked is the one changed.
            const refused = options.checkOwner?.(loaded.data.owner);
            if (refused !== undefined) return { success: false, error: refused };
            const { data, revision, pendingLog } = loaded.data;
            if (input.messageId !== undefined) {
              const seen = await findProcessedReply(store, input.sessionId, input.messageId, pendingLog);
              if (!seen.success) return seen;
              if (seen.data?.fingerprint === fingerprint) return { success: true, data: seen.data.reply };
              if (seen.data !== undefined) {
                return {
                  success: false,
                  error: new AppError(
                    'unprocessable',
                    'This message id was already used for a different message.',
                  ),
                };
              }
            }
            const at = input.at ?? now().toISOString();
            const outcome = await applyTurn(
              data,
              { text: input.text, action: input.action, at, actor: input.actor },
              turnDependencies,
            );
            if (!outcome.success) return outcome;
            // A signed questionnaire refuses changes; answers resolve assignments (review-turn.ts).
            const turn = reviewTurn(data, outcome.data, { at, actor: input.actor, ...review });
            if (!turn.success) return turn;
            const reply = materializeReply(turn.data.parts, turn.data.state, generateId);
            // Labelled from what the session showed before this turn: its buttons and its questions.
            const label =
              input.action === undefined ? undefined : actionLabel(data, input.action, questionnaires);
            const next = recordTurn(turn.data.data, { ...input, at, label }, reply);
            const { audit } = turn.data;
            // Only this turn's entries cross to the store: the blob stays the size of the state.
            const saved = await store.save(input.sessionId, next.data, {
              expectedRevision: revision,
              updatedAt: at,
              append: {
                transcript: [...(pendingLog?.transcript ?? []), ...next.transcript],
                audit: [...(pendingLog?.audit ?? []), ...audit],
              },
              // A version-1 blob's inline records move out with this save, so their retries stay answered.
              processed: [
                ...(pendingLog?.processed ?? []),
                ...(input.messageId === undefined
                  ? []
                  : [{ messageId: input.messageId, fingerprint, reply }]),
              ],
            });
            if (saved.success) {
              const row = { revision: saved.revision, createdAt: loaded.data.createdAt, updatedAt: at };
              sessions.remember(input.sessionId, row, next.data);
              if (audit.length > 0) dependencies.onAudit?.(input.sessionId, audit);
              return { success: true, data: reply };
            }
            if (saved.reason === 'not-found')
              return { success: false, error: new AppError('not-found', unknownSessionMessage) };
          }
          return { success: false, error: concurrentChangeError() };
        }),
      );
    },

    async getSession(sessionId) {
      return guardStore(async () => {
        const loaded = await loadSessionWithLog(store, sessionId, sessions);
        if (!loaded.success) return loaded;
        return sessionView(sessionId, loaded.data.data, loaded.data.log.transcript, questionnaires);
      });
    },

    async deleteSession(sessionId) {
      return guardStore(async () => {
        const deleted = await store.delete(sessionId);
        sessions.forget(sessionId);
        if (!deleted) return { success: false, error: new AppError('not-found', unknownSessionMessage) };
        return { success: true, data: { deleted: true as const } };
      });
    },

    async ownerOf(sessionId) {
      return guardStore(async () => {
        const stored = await store.load(sessionId);
        if (stored === undefined)
          return { success: false, error: new AppError('not-found', unknownSessionMessage) };
        return { success: true, data: stored.owner };
      });
    },

    async exportSession(sessionId) {
      return guardStore(() => exportSession(store, sessionId, now().toISOString()));
    },

    async importSession(document, options = {}) {
      const at = options.at ?? now().toISOString();
      return guardStore(async () => {
        const imported = await importSession(store, questionnaires, document, {
          owner: options.owner,
          at,
          receivedBytes: options.receivedBytes,
          generateId,
        });
        if (!imported.success) return imported;
        const { sessionId, audit } = imported.data;
        if (audit.length > 0) dependencies.onAudit?.(sessionId, audit);
        return { success: true, data: { sessionId } };
      });
    },

    async searchNotes(sessionId, search) {
      return guardStore(async () => {
        const loaded = await loadSessionData(store, sessionId, sessions);
        if (!loaded.success) return loaded;
        return searchNotes(loaded.data.data, questionnaires, search);
      });
    },

    async report(sessionId, options) {
      return guardStore(async () => {
        const loaded = await loadSessionData(store, sessionId, sessions);
        if (!loaded.success) return loaded;
        return renderSessionReport(sessionId, loaded.data.data, questionnaires, {
          ...options,
          generatedAt: now().toISOString(),
          timeZone: dependencies.reports?.timeZone ?? 'UTC',
          agencyName: dependencies.reports?.agencyName,
          owner: loaded.data.owner ?? undefined,
          passages: reportPassages,
          // A reassessment's report lists the changes since the assessment it started from.
          changesSince: (after) => reportChangesSince(internals, loaded.data.data, after),
        });
      });
    },

    async claimDelivery(key, options) {
      return guardStore(async () => ({
        success: true,
        data: await store.claimDelivery(key, { ...options, at: now().toISOString() }),
      }));
    },

    async completeDelivery(key) {
      return guardStore(async () => {
        await store.completeDelivery(key, now().toISOString());
        return { success: true, data: null };
      });
    },

    async bindChatSession(key, sessionId) {
      return guardStore(async () => ({ success: true, data: await store.bindChatSession(key, sessionId) }));
    },
  };
}
