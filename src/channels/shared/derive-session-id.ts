import { encodeBase64url } from './encode-bytes.ts';
import { hmacSha256 } from './hmac-sha256.ts';

/**
 * The RAIA session of one team-chat conversation, e.g. `['slack', teamId, channelId, threadTs]`.
 * Deterministic, so no mapping table is needed, and unguessable without the secret: the id is a
 * bearer reference to the session's answers (32 bytes, as the security notes ask for session ids).
 * The parts are JSON-encoded so `['a:b', 'c']` and `['a', 'b:c']` never collide.
 */
export async function deriveSessionId(secret: string, conversationKey: readonly string[]): Promise<string> {
  return encodeBase64url(await hmacSha256(secret, JSON.stringify(conversationKey)));
}
