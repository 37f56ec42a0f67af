import { encodeBase64url } from './encode-bytes.ts';
import { sha256 } from './hmac-sha256.ts';

/** TurnInput caps message ids at 200 characters. */
const maxMessageIdLength = 200;

/**
 * The id under which the assistant applies a platform delivery once (Slack event_id, Teams
 * activity id, ...). Long ids, such as Mattermost trigger ids, are replaced by their SHA-256.
 */
export async function toMessageId(platform: string, parts: readonly string[]): Promise<string> {
  const joined = `${platform}:${parts.join(':')}`;
  if (joined.length <= maxMessageIdLength) return joined;
  return `${platform}:${encodeBase64url(await sha256(joined))}`;
}
