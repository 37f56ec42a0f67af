import { Mutex } from 'async-mutex';

/**
 * Serialises turns per session inside one process: a turn may await retrieval or a model, and a
 * second message for the same session must not interleave with it. Across processes the store's
 * revision check catches what a lock cannot.
 */
export function createSessionLocks() {
  const locks = new Map<string, { mutex: Mutex; users: number }>();

  return async function withSessionLock<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    let entry = locks.get(sessionId);
    if (entry === undefined) {
      entry = { mutex: new Mutex(), users: 0 };
      locks.set(sessionId, entry);
    }
    entry.users += 1;
    try {
      return await entry.mutex.runExclusive(work);
    } finally {
      entry.users -= 1;
      if (entry.users === 0) locks.delete(sessionId);
    }
  };
}
export type WithSessionLock = ReturnType<typeof createSessionLocks>;
