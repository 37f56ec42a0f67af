import type { Result } from '../app-error.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import type { SessionExport } from './assistant.ts';
import { loadSessionWithLog } from './load-session-data.ts';

/** Everything held about a session: the state blob and its whole log, as one document. */
export async function exportSession(
  store: SessionStore,
  sessionId: string,
  exportedAt: string,
): Promise<Result<SessionExport>> {
  const loaded = await loadSessionWithLog(store, sessionId);
  if (!loaded.success) return loaded;
  const { id, createdAt, updatedAt, owner, data, log } = loaded.data;
  return {
    success: true,
    data: {
      format: 'raia-session-export',
      formatVersion: 2,
      exportedAt,
      session: { id, createdAt, updatedAt, owner, data, transcript: log.transcript, audit: log.audit },
    },
  };
}
