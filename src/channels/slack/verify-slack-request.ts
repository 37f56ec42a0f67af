import { constantTimeEqual } from '../shared/constant-time-equal.ts';
import { encodeHex } from '../shared/encode-bytes.ts';
import { hmacSha256 } from '../shared/hmac-sha256.ts';

/** Slack's replay window: five minutes (docs.slack.dev/authentication/verifying-requests-from-slack). */
export const slackTimestampToleranceSeconds = 300;

export type SlackVerification =
  | { success: true }
  | { success: false; reason: 'missing-headers' | 'stale-timestamp' | 'bad-signature' };

const encoder = new TextEncoder();

/**
 * Checks `X-Slack-Signature` = `v0=` + hex(HMAC-SHA256(secret, `v0:<timestamp>:<raw body>`)) over the
 * exact received bytes (re-serialising a parsed body breaks signatures), in constant time.
 * Timestamps more than five minutes away are rejected in either direction: bolt-js only rejects
 * past ones, which lets a request signed with a future timestamp be replayed for longer.
 */
export async function verifySlackRequest(request: {
  signingSecret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: Uint8Array<ArrayBuffer>;
  now: Date;
}): Promise<SlackVerification> {
  const { timestamp, signature } = request;
  if (timestamp === undefined || signature === undefined || !/^\d{1,12}$/.test(timestamp)) {
    return { success: false, reason: 'missing-headers' };
  }
  const nowSeconds = Math.floor(request.now.getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > slackTimestampToleranceSeconds) {
    return { success: false, reason: 'stale-timestamp' };
  }
  const expected = await signSlackRequest(request.signingSecret, timestamp, request.rawBody);
  return constantTimeEqual(expected, signature)
    ? { success: true }
    : { success: false, reason: 'bad-signature' };
}

/** The `X-Slack-Signature` value Slack sends for this timestamp and body. */
export async function signSlackRequest(
  signingSecret: string,
  timestamp: string,
  rawBody: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const prefix = encoder.encode(`v0:${timestamp}:`);
  const signed = new Uint8Array(prefix.length + rawBody.length);
  signed.set(prefix, 0);
  signed.set(rawBody, prefix.length);
  return `v0=${encodeHex(await hmacSha256(signingSecret, signed))}`;
}
