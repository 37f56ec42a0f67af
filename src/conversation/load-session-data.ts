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

/** Loads and validates a session's state blob (of either version). */
export async function loadSessionData(
  store: SessionStore,
  sessionId: string,
): Promise<Result<LoadedSession>> {
  const stored = await store.load(sessionId);
  if (stored === undefined) return { success: false, error: notFound() };
  const parsed = storedSessionDataSchema.safeParse(stored.data);
  if (!parsed.success) return { success: false, error: unreadable(parsed.error) };
  return { success: true, data: { ...stored, ...parsed.data } };
}

/**
 * The blob and the whole log of one revision, for views and exports. The two are separate reads,
 * so a save landing between them is detected by the revision and the pair read again.
 */
export async function loadSessionWithLog(
  store: SessionStore,
  sessionId: string,
): Promise<Result<LoadedSession & { log: SessionLogEntries }>> {
  for (let attempt = 0; ; attempt += 1) {
    const loaded = await loadSessionData(store, sessionId);
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
