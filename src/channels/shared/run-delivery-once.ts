import type { AppError, Result } from '../../app-error.ts';
import type { TeamChatContext } from './team-chat-context.ts';

/** How long a claim protects a delivery; see `Assistant.claimDelivery`. */
export interface DeliveryTiming {
  /** An unfinished claim older than this is taken over: its owner is presumed dead. */
  leaseMs: number;
  /** How long a finished delivery keeps refusing repeats: the platform's retry or replay window. */
  keepMs: number;
}

export type DeliveryRun =
  /** The work ran and succeeded; repeats are refused until the keep window ends. */
  | { outcome: 'delivered' }
  /** The work ran and failed; the claim is left to lapse, so a retry after the lease can take over. */
  | { outcome: 'failed' }
  /** Another delivery of the same key has finished or is running: nothing was done. */
  | { outcome: 'repeated'; reason: 'completed' | 'in-progress' }
  /** The claim could not be recorded (storage down): nothing was done, the caller must say so. */
  | { outcome: 'unavailable'; error: AppError };

/**
 * Runs a platform delivery at most once across retries, replays, restarts and processes: the key
 * is claimed durably through the assistant before any work (and so before any post), and marked
 * complete only when the work succeeded. Without a claim nothing runs, because running anyway
 * would reopen the race the claim exists to close: two deliveries both posting.
 */
export async function runDeliveryOnce(
  context: TeamChatContext,
  delivery: { key: string; timing: DeliveryTiming; platform: string },
  work: () => Promise<Result<null>>,
): Promise<DeliveryRun> {
  const claim = await context.assistant.claimDelivery(delivery.key, delivery.timing);
  if (!claim.success) {
    context.log.error(
      { err: claim.error, code: claim.error.code, platform: delivery.platform },
      'Could not claim a team-chat delivery: nothing was done',
    );
    return { outcome: 'unavailable', error: claim.error };
  }
  if (!claim.data.claimed) return { outcome: 'repeated', reason: claim.data.reason };
  const done = await work();
  if (!done.success) return { outcome: 'failed' };
  const completed = await context.assistant.completeDelivery(delivery.key);
  if (!completed.success) {
    // The reply is out; at worst a platform retry after the lease posts it once more.
    context.log.warn(
      { err: completed.error, code: completed.error.code, platform: delivery.platform },
      'Could not mark a team-chat delivery complete',
    );
  }
  return { outcome: 'delivered' };
}
