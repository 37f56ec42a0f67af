import type { MiddlewareHandler } from 'hono';
import { errorBody } from '../error-body.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence in depth for /api/*, beside the JSON-only bodies: browsers mark a request another
 * site made with `Sec-Fetch-Site: cross-site`, and no legitimate caller of this API is another
 * site. The header is computed by the browser from what it sees, so it stays right behind a
 * TLS-terminating proxy, where comparing Origin with the request URL would not.
 */
export const refuseCrossSite: MiddlewareHandler = async (c, next) => {
  if (safeMethods.has(c.req.method) || c.req.header('sec-fetch-site') !== 'cross-site') return next();
  return c.json(errorBody('forbidden', 'Requests from other sites are not accepted.'), 403);
};
