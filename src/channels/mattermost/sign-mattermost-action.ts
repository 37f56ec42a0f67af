import { constantTimeEqual } from '../shared/constant-time-equal.ts';
import { encodeBase64url } from '../shared/encode-bytes.ts';
import { hmacSha256 } from '../shared/hmac-sha256.ts';
import type { MattermostActionContext } from './mattermost-action-schema.ts';

/** How long a RAIA button in Mattermost stays usable: a working day plus a night. */
export const mattermostActionLifetimeSeconds = 24 * 60 * 60;

/**
 * Mattermost sends button clicks without any authentication (mattermost issue 16191), so each
 * button's context carries an HMAC over the session, the action, its label and an expiry, keyed
 * with MATTERMOST_ACTION_SECRET: a click can only apply an action RAIA itself offered.
 */
export async function signMattermostAction(
  secret: string,
  action: { session: string; action: string; label: string },
  now: Date,
): Promise<MattermostActionContext> {
  const expires = String(Math.floor(now.getTime() / 1000) + mattermostActionLifetimeSeconds);
  return { ...action, expires, signature: await signature(secret, { ...action, expires }) };
}

export type MattermostActionCheck = { success: true } | { success: false; reason: 'forged' | 'expired' };

/** Signature first (constant time), then expiry, so an expired forgery still reads as forged. */
export async function verifyMattermostAction(
  secret: string,
  context: MattermostActionContext,
  now: Date,
): Promise<MattermostActionCheck> {
  const expected = await signature(secret, context);
  if (!constantTimeEqual(expected, context.signature)) return { success: false, reason: 'forged' };
  if (Number(context.expires) < Math.floor(now.getTime() / 1000))
    return { success: false, reason: 'expired' };
  return { success: true };
}

async function signature(
  secret: string,
  context: Pick<MattermostActionContext, 'session' | 'action' | 'label' | 'expires'>,
): Promise<string> {
  const signed = JSON.stringify([
    'raia-mattermost-action',
    context.session,
    context.action,
    context.label,
    context.expires,
  ]);
  return encodeBase64url(await hmacSha256(secret, signed));
}
