import type { ClaimDeliveryOptions, DeliveryClaim } from './session-store.ts';

/** One claimed delivery as every store keeps it; times in epoch milliseconds. */
export interface DeliveryRecord {
  claimedAt: number;
  completedAt: number | null;
  expiresAt: number;
}

/**
 * The one decision behind `SessionStore.claimDelivery`, shared by the memory, SQLite and Durable
 * Object stores so they cannot drift. Each store runs it inside its own atomic step (a map
 * access, an immediate transaction, a Durable Object's single-threaded method) and writes
 * `record` when there is one. An expired record counts as absent.
 */
export function decideDeliveryClaim(
  current: DeliveryRecord | undefined,
  options: ClaimDeliveryOptions,
): { claim: DeliveryClaim; record?: DeliveryRecord } {
  const now = toEpochMilliseconds(options.at);
  const fresh = (): { claim: DeliveryClaim; record: DeliveryRecord } => ({
    claim: { claimed: true },
    // Kept at least for the lease: a record pruned while its owner works would let a retry in.
    record: {
      claimedAt: now,
      completedAt: null,
      expiresAt: now + Math.max(options.keepMs, options.leaseMs, 0),
    },
  });
  if (current === undefined || now >= current.expiresAt) return fresh();
  if (current.completedAt !== null) return { claim: { claimed: false, reason: 'completed' } };
  if (now - current.claimedAt >= options.leaseMs) return fresh();
  return { claim: { claimed: false, reason: 'in-progress' } };
}

/**
 * The record after its delivery completed: the keep window starts again from the completion, so
 * a slow delivery is still remembered for the whole retry window after it finished. Undefined if
 * the record is gone or expired (nothing to complete).
 */
export function completeDeliveryRecord(
  current: DeliveryRecord | undefined,
  at: string,
): DeliveryRecord | undefined {
  const now = toEpochMilliseconds(at);
  if (current === undefined || now >= current.expiresAt) return undefined;
  const keepMs = current.expiresAt - current.claimedAt;
  return { ...current, completedAt: now, expiresAt: Math.max(current.expiresAt, now + keepMs) };
}

/** Epoch milliseconds of an ISO 8601 time; a time that does not parse is a defect of the caller. */
export function toEpochMilliseconds(at: string): number {
  const milliseconds = Date.parse(at);
  if (Number.isNaN(milliseconds)) throw new RangeError(`Not an ISO 8601 time: ${JSON.stringify(at)}`);
  return milliseconds;
}
