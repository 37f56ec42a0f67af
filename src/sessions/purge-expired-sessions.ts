import type { SessionStore } from './session-store.ts';

const dayMilliseconds = 24 * 60 * 60 * 1000;

/**
 * Erases sessions not updated for `retentionDays` (RAIA_RETENTION_DAYS), oldest first, in batches so
 * a large backlog never holds the store for long. Returns how many were erased.
 */
export async function purgeExpiredSessions(
  store: SessionStore,
  options: { retentionDays: number; now: Date; batchSize?: number },
): Promise<number> {
  const updatedBefore = new Date(
    options.now.getTime() - options.retentionDays * dayMilliseconds,
  ).toISOString();
  const batchSize = options.batchSize ?? 100;
  let erased = 0;
  for (;;) {
    const expired = await store.list({ updatedBefore, limit: batchSize });
    let erasedInBatch = 0;
    for (const session of expired) if (await store.delete(session.id)) erasedInBatch += 1;
    erased += erasedInBatch;
    // A short batch is the last one; a batch that erased nothing would only repeat itself.
    if (expired.length < batchSize || erasedInBatch === 0) return erased;
  }
}
