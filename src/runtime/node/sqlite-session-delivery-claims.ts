import {
  completeDeliveryRecord,
  type DeliveryRecord,
  decideDeliveryClaim,
  toEpochMilliseconds,
} from '../../sessions/decide-delivery-claim.ts';
import type { ClaimDeliveryOptions, DeliveryClaim } from '../../sessions/session-store.ts';
import { deliveryRowSchema } from './sqlite-session-schema.ts';
import type { prepareSessionStatements } from './sqlite-session-statements.ts';

type Statements = ReturnType<typeof prepareSessionStatements>;

/**
 * `claimDelivery` / `completeDelivery` on the Node store. Each runs inside the store's group
 * commit (a savepoint of its `BEGIN IMMEDIATE` batch): the write lock is taken before the row is
 * read, so of concurrent claims from any number of processes exactly one sees no live claim and
 * writes its own, and a later claim in the same batch sees an earlier one's record. Each claim also deletes every
 * expired record (by the `expires_at` index), so the table holds one retry window of deliveries.
 */
export function createSqliteDeliveryClaims(statements: Statements) {
  const read = (key: string): DeliveryRecord | undefined => {
    const row = statements.selectDelivery.get(key);
    if (row === undefined) return undefined;
    const parsed = deliveryRowSchema.parse(row);
    return { claimedAt: parsed.claimed_at, completedAt: parsed.completed_at, expiresAt: parsed.expires_at };
  };
  const write = (key: string, record: DeliveryRecord) => statements.upsertDelivery.run({ key, ...record });

  return {
    claim(key: string, options: ClaimDeliveryOptions): DeliveryClaim {
      statements.pruneDeliveries.run(toEpochMilliseconds(options.at));
      const { claim, record } = decideDeliveryClaim(read(key), options);
      if (record !== undefined) write(key, record);
      return claim;
    },
    complete(key: string, at: string): void {
      const completed = completeDeliveryRecord(read(key), at);
      if (completed !== undefined) write(key, completed);
    },
  };
}
