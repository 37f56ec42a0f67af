import { encodeBase64url } from '../shared/encode-bytes.ts';
import { sha256 } from '../shared/hmac-sha256.ts';

/**
 * The identity of one verified Slack request: the SHA-256 of its timestamp and signature. The
 * signature covers the timestamp and the exact body, so a byte-for-byte replay has the same id
 * and any other request (even the same command typed twice) has another.
 */
export async function slackRequestId(verified: { timestamp: string; signature: string }): Promise<string> {
  return encodeBase64url(await sha256(`${verified.timestamp}:${verified.signature}`));
}
