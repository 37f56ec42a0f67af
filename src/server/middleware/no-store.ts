import type { MiddlewareHandler } from 'hono';

/**
 * Session content and reports must not stay in browser or proxy caches (ASVS 5.0, V14).
 * `c.res.headers.set`, not `c.header`: after the handler, Hono's `c.header` rebuilds the response
 * from its body, which turns @hono/node-server's light response into a Web stream on every request.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};
