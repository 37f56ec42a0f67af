import { z } from 'zod';

/**
 * Session ids are bearer references: 32 random bytes from `crypto.getRandomValues`, base64url
 * (43 characters). Ids a client chooses (the `useChat` chat id) must carry at least 128 bits too,
 * so fewer than 22 base64url characters are refused.
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
