import { z } from 'zod';

/**
 * Session ids are bearer references: 32 random bytes from `crypto.getRandomValues`, base64url
 * (43 characters), or derived with a secret (team chat). A client never chooses one: a `useChat`
 * chat id of its own is bound to a fresh session (src/server/chat/resolve-chat-session.ts).
 * Fewer than 22 base64url characters (128 bits) are never a session id.
 */
export const sessionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22,128}$/, 'a session id is 22 to 128 letters, digits, "-" or "_"');

export function isSessionId(value: string): boolean {
  return sessionIdSchema.safeParse(value).success;
}

/** A fresh session id with 256 random bits (ASVS asks at least 128). */
export function createSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Shown whenever a session id is unknown, malformed or erased: the three are indistinguishable. */
export const unknownSessionMessage = 'No session with that id. It may have expired or been deleted.';
