import { isAgencyRecord } from './is-agency-record.ts';
import type { SessionStore } from './session-store.ts';

const dayMilliseconds = 24 * 60 * 60 * 1000;

/**
 * Erases sessions not updated for `retentionDays` (RAIA_RETENTION_DAYS), oldest first, in batches so
 * a large backlog never holds the store for long. Returns how many were erased. The agency's
 * records (is-agency-record.ts) are kept: each batch asks for as many more as were kept, so kept
 * sessions at the front of the list never stop the purge short of newer expired ones.
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
  const kept = new Set<string>();
  for (;;) {
    const limit = batchSize + kept.size;
    const expired = await store.list({ updatedBefore, limit });
    let erasedInBatch = 0;
    let keptInBatch = 0;
    for (const session of expired) {
      if (kept.has(session.id)) continue;
      const stored = await store.load(session.id);
      if (stored !== undefined && isAgencyRecord(stored.data)) {
        kept.add(session.id);
        keptInBatch += 1;
        continue;
      }
      if (await store.delete(session.id)) erasedInBatch += 1;
    }
    erased += erasedInBatch;
    // A short batch is the last one; a batch that changed nothing would only repeat itself.
    if (expired.length < limit || erasedInBatch + keptInBatch === 0) return erased;
  }
}
