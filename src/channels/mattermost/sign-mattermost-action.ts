import { constantTimeEqual } from '../shared/constant-time-equal.ts';
import { encodeBase64url } from '../shared/encode-bytes.ts';
import { hmacSha256 } from '../shared/hmac-sha256.ts';
import type { MattermostActionContext } from './mattermost-action-schema.ts';

/** How long a RAIA button in Mattermost stays usable: a working day plus a night. */
export const mattermostActionLifetimeSeconds = 24 * 60 * 60;

export type MattermostActionFields = Omit<MattermostActionContext, 'expires' | 'signature'>;

/**
 * Mattermost sends button clicks without any authentication (mattermost issue 16191), so each
 * button's context carries an HMAC, keyed with MATTERMOST_ACTION_SECRET, over everything RAIA
 * decided when it offered the button: the session, the channel and user it was offered to, the
 * post's nonce, the action, its label and an expiry. A click can only apply an action RAIA itself
 * offered, to that user, in that channel, once.
 */
export async function signMattermostAction(
  secret: string,
  fields: MattermostActionFields,
  now: Date,
): Promise<MattermostActionContext> {
  const expires = String(Math.floor(now.getTime() / 1000) + mattermostActionLifetimeSeconds);
  const signed = {
    session: fields.session,
    channel: fields.channel,
    user: fields.user,
    userName: fields.userName,
    nonce: fields.nonce,
    action: fields.action,
    label: fields.label,
    expires,
  };
  return { ...signed, signature: await signature(secret, signed) };
}

/** A fresh nonce for one post's buttons: 16 random bytes, so it cannot be guessed or collide. */
export function createActionNonce(): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(16)));
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
  context: Omit<MattermostActionContext, 'signature'>,
): Promise<string> {
  // Version 2 binds the user, channel and nonce; a version 1 context no longer parses at all.
  const signed = JSON.stringify([
    'raia-mattermost-action',
    2,
    context.session,
    context.channel,
    context.user,
    context.userName,
    context.nonce,
    context.action,
    context.label,
    context.expires,
  ]);
  return encodeBase64url(await hmacSha256(secret, signed));
}
