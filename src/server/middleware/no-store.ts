import type { MiddlewareHandler } from 'hono';

/** Session content and reports must not stay in browser or proxy caches (ASVS 5.0, V14). */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
