import { z } from 'zod';
import { AppError, type Result } from '../app-error.ts';
import { unknownSessionMessage } from '../sessions/session-id.ts';
import type { SessionStore, StoredSession } from '../sessions/session-store.ts';
import { legacySessionDataSchema, type PendingLog, splitLegacySessionData } from './legacy-session-data.ts';
import {
  type AuditEntry,
  auditEntrySchema,
  type SessionData,
  sessionDataSchema,
  type TranscriptEntry,
  transcriptEntrySchema,
} from './session-data.ts';
import type { SessionDataCache } from './session-data-cache.ts';

/** Either blob version; a version-1 blob comes back split, its inline log still to be written. */
const storedSessionDataSchema = z
  .discriminatedUnion('schemaVersion', [sessionDataSchema, legacySessionDataSchema])
  .transform((stored) =>
    stored.schemaVersion === 2 ? { data: stored, pendingLog: undefined } : splitLegacySessionData(stored),
  );

export type LoadedSession = Omit<StoredSession, 'data'> & {
  data: SessionData;
  /** Set for a version-1 blob: its log, to be appended (ahead of the turn's entries) by the next save. */
  pendingLog: PendingLog | undefined;
};

export type SessionLogEntries = { transcript: TranscriptEntry[]; audit: AuditEntry[] };

const sessionLogSchema = z.object({
  transcript: z.array(transcriptEntrySchema),
  audit: z.array(auditEntrySchema),
});

const unreadable = (cause: unknown) => new AppError('internal', 'This session could not be read.', { cause });
const notFound = () => new AppError('not-found', unknownSessionMessage);

/**
 * Loads and validates a session's state blob (of either version). With a cache, a row this process
 * saved or validated itself, unchanged since, is taken from it without reading `data` again; a
 * version-2 blob validated here is remembered for the next load.
 */
export async function loadSessionData(
  store: SessionStore,
  sessionId: string,
  cache?: SessionDataCache,
): Promise<Result<LoadedSession>> {
  const stored = await store.load(sessionId);
  if (stored === undefined) return { success: false, error: notFound() };
  // Field by field: `data` may be parsed on first read (stored-session-from-json.ts), so it is read only when needed.
  const row = {
    id: stored.id,
    revision: stored.revision,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    owner: stored.owner,
  };
  const cached = cache?.find(sessionId, row);
  if (cached !== undefined) return { success: true, data: { ...row, data: cached, pendingLog: undefined } };
  const parsed = storedSessionDataSchema.safeParse(stored.data);
  if (!parsed.success) return { success: false, error: unreadable(parsed.error) };
  if (parsed.data.pendingLog === undefined) cache?.remember(sessionId, row, parsed.data.data);
  return { success: true, data: { ...row, ...parsed.data } };
}

/**
 * The blob and the whole log of one revision, for views and exports. The two are separate reads,
 * so a save landing between them is detected by the revision and the pair read again.
 */
export async function loadSessionWithLog(
  store: SessionStore,
  sessionId: string,
  cache?: SessionDataCache,
): Promise<Result<LoadedSession & { log: SessionLogEntries }>> {
  for (let attempt = 0; ; attempt += 1) {
    const loaded = await loadSessionData(store, sessionId, cache);
    if (!loaded.success) return loaded;
    const log = await store.loadLog(sessionId);
    if (log === undefined) return { success: false, error: notFound() };
    const parsed = sessionLogSchema.safeParse(log);
    if (!parsed.success) return { success: false, error: unreadable(parsed.error) };
    const after = await store.load(sessionId);
    // Three attempts: a session this busy still gets an answer, at worst a turn ahead of its state.
    if (after?.revision === loaded.data.revision || attempt === 2) {
      const pending = loaded.data.pendingLog;
      const transcript = [...(pending?.transcript ?? []), ...parsed.data.transcript];
      const audit = [...(pending?.audit ?? []), ...parsed.data.audit];
      return { success: true, data: { ...loaded.data, log: { transcript, audit } } };
    }
  }
}
