import type { Principal } from './principal.ts';

export interface TokenVerifier {
  /** The principal a presented token belongs to, and a stable key for it (a hash prefix). */
  verify(token: string): Promise<{ principal: Principal; tokenKey: string } | undefined>;
}

interface Credential {
  principal: Principal;
  tokenHash: Uint8Array;
}

const encoder = new TextEncoder();

/**
 * Access control from RAIA_API_TOKENS (validated in config.ts): `organisation:user:token` entries,
 * the organisation possibly containing ':'. Only SHA-256 hashes of the tokens are kept; a presented
 * token is hashed and compared with every credential in constant time, so neither response timing
 * nor the position of a match in the list tells anything about the configured tokens.
 */
export function createTokenVerifier(configured: string | undefined): TokenVerifier | undefined {
  if (configured === undefined) return undefined;
  const credentials = Promise.all(
    configured.split(',').map(async (entry): Promise<Credential> => {
      const parts = entry.trim().split(':');
      const token = parts.at(-1) ?? '';
      const userId = parts.at(-2) ?? '';
      const organisationId = parts.slice(0, -2).join(':');
      return { principal: { organisationId, userId }, tokenHash: await sha256(token) };
    }),
  );
  return {
    async verify(token) {
      const presented = await sha256(token);
      let found: Principal | undefined;
      for (const credential of await credentials) {
        // No early exit: every credential is compared whatever matched before.
        if (bytesEqual(presented, credential.tokenHash)) found = credential.principal;
      }
      return found === undefined ? undefined : { principal: found, tokenKey: toHex(presented).slice(0, 16) };
    },
  };
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** Both inputs are 32-byte digests, so the loop always runs the same number of times. */
function bytesEqual(left: Uint8Array, right: Uint8Array): boolean {
  let difference = left.length ^ right.length;
  for (let index = 0; index < left.length; index += 1) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
