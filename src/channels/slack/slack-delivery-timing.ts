import type { DeliveryTiming } from '../shared/run-delivery-once.ts';

/** Long enough for a slow turn that waits on a language model, short enough to recover in minutes. */
const leaseMs = 2 * 60 * 1000;

/**
 * Events API deliveries: Slack retries an event up to three times (at once, after about 1 and 5
 * minutes) with the same event_id; two hours covers that with a wide margin. A delivery whose
 * owner crashed is taken over by the 5-minute retry, after the lease.
 */
export const slackEventTiming: DeliveryTiming = { leaseMs, keepMs: 2 * 60 * 60 * 1000 };

/**
 * Signed requests that Slack does not retry (slash commands, button clicks), deduplicated against
 * replays: a signature is accepted while its timestamp is within five minutes of now in either
 * direction, so every replay arrives within ten minutes of the first sighting.
 */
export const slackReplayTiming: DeliveryTiming = { leaseMs, keepMs: 15 * 60 * 1000 };
