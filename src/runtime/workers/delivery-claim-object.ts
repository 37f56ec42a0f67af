import { DurableObject } from 'cloudflare:workers';
import { z } from 'zod';
import {
  completeDeliveryRecord,
  type DeliveryRecord,
  decideDeliveryClaim,
  toEpochMilliseconds,
} from '../../sessions/decide-delivery-claim.ts';
import type { ClaimDeliveryOptions, DeliveryClaim } from '../../sessions/session-store.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

const createTable = `
  CREATE TABLE IF NOT EXISTS delivery (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    claimed_at INTEGER NOT NULL,
    completed_at INTEGER,
    expires_at INTEGER NOT NULL,
    prune_at INTEGER NOT NULL
  ) STRICT`;

const rowSchema = z.object({
  claimed_at: z.number().int(),
  completed_at: z.number().int().nullable(),
  expires_at: z.number().int(),
  prune_at: z.number(),
});

/**
 * One claimed platform delivery (`idFromName('delivery:' + key)`): Slack event ids, replayed
 * requests, single-use Mattermost buttons. One object per key rather than one object for all:
 * claims of different keys never queue behind each other, and nothing ever needs to list them.
 * A method runs start to finish without another request interleaving (the SQL API is
 * synchronous), so the read, the decision and the write are one atomic step: of concurrent claims
 * exactly one wins. Its alarm erases the object once the keep window has passed, so claims cost
 * no storage after their retry window.
 */
export class DeliveryClaimObject extends DurableObject<WorkerEnvironment> {
  async claim(options: ClaimDeliveryOptions): Promise<DeliveryClaim> {
    const { claim, record } = decideDeliveryClaim(this.read(), options);
    if (record !== undefined) await this.write(record, options.at);
    return claim;
  }

  async complete(at: string): Promise<void> {
    const completed = completeDeliveryRecord(this.read(), at);
    if (completed !== undefined) await this.write(completed, at);
  }

  /** Erases the claim once its keep window has passed; an early alarm re-arms instead. */
  async alarm(): Promise<void> {
    const pruneAt = this.readRow()?.prune_at;
    if (pruneAt === undefined) return;
    if (Date.now() < pruneAt) await this.ctx.storage.setAlarm(pruneAt);
    else await this.ctx.storage.deleteAll();
  }

  private read(): DeliveryRecord | undefined {
    const row = this.readRow();
    return row === undefined
      ? undefined
      : { claimedAt: row.claimed_at, completedAt: row.completed_at, expiresAt: row.expires_at };
  }

  private readRow(): z.infer<typeof rowSchema> | undefined {
    // Reads never create the table: probing an unknown key must not leave storage behind.
    const tables = this.ctx.storage.sql
      .exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'delivery'")
      .toArray();
    if (tables.length === 0) return undefined;
    const row = this.ctx.storage.sql.exec('SELECT * FROM delivery WHERE id = 1').toArray()[0];
    return row === undefined ? undefined : rowSchema.parse(row);
  }

  private async write(record: DeliveryRecord, at: string): Promise<void> {
    // The decision runs on the caller's clock (`at`); the alarm on this object's. Arming it for
    // the time left in the window, measured here, keeps the two apart: in production they agree,
    // and a caller's clock that is off cannot make the alarm erase a live claim.
    const pruneAt = Date.now() + Math.max(0, record.expiresAt - toEpochMilliseconds(at));
    this.ctx.storage.sql.exec(createTable);
    this.ctx.storage.sql.exec(
      `INSERT INTO delivery (id, claimed_at, completed_at, expires_at, prune_at) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET claimed_at = excluded.claimed_at, completed_at = excluded.completed_at,
         expires_at = excluded.expires_at, prune_at = excluded.prune_at`,
      record.claimedAt,
      record.completedAt,
      record.expiresAt,
      pruneAt,
    );
    // Awaiting storage keeps the input gate closed, so the write and its alarm stay one step.
    await this.ctx.storage.setAlarm(pruneAt);
  }
}
