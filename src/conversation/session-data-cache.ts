import { deepFreeze } from '../questionnaires/deep-freeze.ts';
import type { StoredSession } from '../sessions/session-store.ts';
import type { SessionData } from './session-data.ts';

/** The row a cached blob belongs to: a stored row matches when all three are the same. */
export type CachedRow = Pick<StoredSession, 'revision' | 'createdAt' | 'updatedAt'>;

export interface SessionDataCache {
  /** The blob this process last saved or validated for the session, if the stored row is still that one. */
  find(sessionId: string, row: CachedRow): SessionData | undefined;
  /** Keeps a blob that was just saved or fully validated; it is frozen from then on. */
  remember(sessionId: string, row: CachedRow, data: SessionData): void;
  forget(sessionId: string): void;
}

/**
 * Session blobs this process wrote or already validated, so loading an unchanged row skips the
 * schema check (and, with a store that reads `data` lazily, the JSON parse too). A row matches only
 * with the same revision, creation and update times: every save moves the revision, so a row another
 * process (or another version of RAIA) saved since is parsed and validated in full. At most `limit`
 * sessions are kept, the least recently used dropped first.
 */
export function createSessionDataCache(limit: number): SessionDataCache {
  const entries = new Map<string, { row: CachedRow; data: SessionData }>();
  return {
    find(sessionId, row) {
      const entry = entries.get(sessionId);
      if (entry === undefined) return undefined;
      if (
        entry.row.revision !== row.revision ||
        entry.row.createdAt !== row.createdAt ||
        entry.row.updatedAt !== row.updatedAt
      ) {
        entries.delete(sessionId);
        return undefined;
      }
      // Map order is insertion order: re-inserting makes this the most recently used.
      entries.delete(sessionId);
      entries.set(sessionId, entry);
      return entry.data;
    },
    remember(sessionId, row, data) {
      if (limit <= 0) return;
      entries.delete(sessionId);
      const { revision, createdAt, updatedAt } = row;
      entries.set(sessionId, { row: { revision, createdAt, updatedAt }, data: deepFreeze(data) });
      if (entries.size > limit) {
        const oldest = entries.keys().next();
        if (oldest.done !== true) entries.delete(oldest.value);
      }
    },
    forget(sessionId) {
      entries.delete(sessionId);
    },
  };
}
