import type { Context, MiddlewareHandler } from 'hono';
import type { TokenVerifier } from '../access/create-token-verifier.ts';
import type { AccessEnvironment } from '../access/principal.ts';

/** The caller's network address: the Node adapter's connection info, or a platform header. */
export type ClientAddress = (c: Context) => string | undefined;

const bearerPattern = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/**
 * Sets `principal`, `authentication` and `clientKey` for /api/* (see AccessVariables). It refuses
 * nothing itself, so the rate limiter also counts failed token guesses before
 * `requireAuthentication` turns them away.
 */
export function identifyClient(options: {
  verifier: TokenVerifier | undefined;
  clientAddress: ClientAddress;
}): MiddlewareHandler<AccessEnvironment> {
  return async (c, next) => {
    const address = `address:${options.clientAddress(c) ?? 'unknown'}`;
    if (options.verifier === undefined) {
      c.set('principal', null);
      c.set('authentication', 'off');
      c.set('clientKey', address);
      return next();
    }
    const token = bearerPattern.exec(c.req.header('authorization') ?? '')?.[1];
    const verified = token === undefined ? undefined : await options.verifier.verify(token);
    c.set('principal', verified?.principal ?? null);
    c.set('authentication', verified === undefined ? 'rejected' : 'verified');
    c.set('clientKey', verified === undefined ? address : `token:${verified.tokenKey}`);
    return next();
  };
}

/**
 * Workers (and tests) have no socket: Cloudflare sets `cf-connecting-ip`, which clients cannot
 * forge there. On Node, start-server.ts passes the socket address instead.
 */
export const platformClientAddress: ClientAddress = (c) => c.req.header('cf-connecting-ip');

/** Behind a reverse proxy: the last entry of the header it appends the client address to. */
export function headerClientAddress(header: string): ClientAddress {
  return (c) =>
    c.req
      .header(header)
      ?.split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .at(-1);
}
