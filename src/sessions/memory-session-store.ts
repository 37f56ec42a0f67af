import { AppError } from '../app-error.ts';
import type { SaveResult, SessionStore, SessionSummary, StoredSession } from './session-store.ts';

/**
 * A `SessionStore` held in memory: tests, demos and single-process use without persistence.
 * Data goes through a JSON round trip so it behaves exactly like the SQLite and Durable Object
 * stores (no shared references, no values JSON cannot hold).
 */
export function createMemorySessionStore(): SessionStore {
  const sessions = new Map<string, StoredSession>();

  return {
    async create(session) {
      if (sessions.has(session.id)) {
        throw new AppError('conflict', 'A session with that id already exists.');
      }
      const stored: StoredSession = {
        ...session,
        owner: session.owner && { ...session.owner },
        revision: 0,
        data: copyJson(session.data),
      };
      sessions.set(session.id, stored);
      return { ...stored, data: copyJson(stored.data) };
    },

    async load(id) {
      const stored = sessions.get(id);
      return stored === undefined ? undefined : { ...stored, data: copyJson(stored.data) };
    },

    async save(id, data, options): Promise<SaveResult> {
      const stored = sessions.get(id);
      if (stored === undefined) return { success: false, reason: 'not-found' };
      if (stored.revision !== options.expectedRevision) {
        return { success: false, reason: 'conflict', currentRevision: stored.revision };
      }
      const revision = stored.revision + 1;
      sessions.set(id, { ...stored, revision, updatedAt: options.updatedAt, data: copyJson(data) });
      return { success: true, revision };
    },

    async delete(id) {
      return sessions.delete(id);
    },

    async list(options = {}): Promise<SessionSummary[]> {
      const { updatedBefore, limit } = options;
      const matching = [...sessions.values()]
        .filter((session) => updatedBefore === undefined || session.updatedAt < updatedBefore)
        .sort(
          (left, right) => compareText(left.updatedAt, right.updatedAt) || compareText(left.id, right.id),
        );
      return matching
        .slice(0, limit ?? matching.length)
        .map(({ id, revision, updatedAt, owner }) => ({ id, revision, updatedAt, owner }));
    },
  };
}

function copyJson(data: unknown): unknown {
  return data === undefined ? null : JSON.parse(JSON.stringify(data));
}

function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
