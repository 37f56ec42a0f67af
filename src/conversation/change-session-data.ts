import { AppError, type Result } from '../app-error.ts';
import { unknownSessionMessage } from '../sessions/session-id.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { concurrentChangeError, guardStore } from './guard-store.ts';
import { type LoadedSession, loadSessionData } from './load-session-data.ts';
import type { AuditEntry, SessionData } from './session-data.ts';

/** What a change makes of the session: the next blob, its audit entries, and what the caller gets back. */
export type SessionChange<T> = { data: SessionData; audit: AuditEntry[]; value: T };

export type SessionChangeOptions = Pick<
  AssistantInternals,
  'store' | 'sessions' | 'withSessionLock' | 'onAudit'
> & {
  /** When the change happens: the session's new `updatedAt`. */
  at: string;
};

/**
 * A change to a session outside a chat turn (a sign-off, a comment, an assignment), made the way a
 * turn is: under the session's lock, on a fresh load, saved with its audit entries against the
 * revision it was computed from, remembered in the cache, and only then told to `onAudit`. The
 * change is recomputed once if another process saved in between; a refusal saves nothing.
 */
export async function changeSessionData<T>(
  options: SessionChangeOptions,
  sessionId: string,
  change: (loaded: LoadedSession) => Promise<Result<SessionChange<T>>> | Result<SessionChange<T>>,
): Promise<Result<T>> {
  const { store, sessions, withSessionLock, onAudit, at } = options;
  // Callers may pass the time in; a record dated "soon" could never be printed or compared.
  if (Number.isNaN(Date.parse(at)))
    return { success: false, error: new AppError('bad-request', `"${at}" is not a date and time.`) };
  return withSessionLock(sessionId, () =>
    guardStore(async () => {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const loaded = await loadSessionData(store, sessionId, sessions);
        if (!loaded.success) return loaded;
        const changed = await change(loaded.data);
        if (!changed.success) return changed;
        const { data, audit, value } = changed.data;
        // Nothing to change (clearing an assignment no one had): nothing to save or audit.
        if (data === loaded.data.data && audit.length === 0) return { success: true, data: value };
        const pending = loaded.data.pendingLog;
        const saved = await store.save(sessionId, data, {
          expectedRevision: loaded.data.revision,
          updatedAt: at,
          // A version-1 blob's inline log moves out with this save, as it does with a turn's.
          append: { transcript: pending?.transcript ?? [], audit: [...(pending?.audit ?? []), ...audit] },
          processed: pending?.processed ?? [],
        });
        if (saved.success) {
          sessions.remember(
            sessionId,
            { revision: saved.revision, createdAt: loaded.data.createdAt, updatedAt: at },
            data,
          );
          if (audit.length > 0) onAudit?.(sessionId, audit);
          return { success: true, data: value };
        }
        if (saved.reason === 'not-found')
          return { success: false, error: new AppError('not-found', unknownSessionMessage) };
      }
      return { success: false, error: concurrentChangeError() };
    }),
  );
}
