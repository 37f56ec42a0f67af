import type { MiddlewareHandler } from 'hono';
import type { AccessEnvironment } from '../access/principal.ts';
import { errorBody } from '../error-body.ts';

/** With access control on, a request without a valid bearer token stops here with 401. */
export const requireAuthentication: MiddlewareHandler<AccessEnvironment> = async (c, next) => {
  if (c.var.authentication !== 'rejected') return next();
  return c.json(errorBody('unauthorized', 'Send a valid API token: Authorization: Bearer <token>.'), 401, {
    'WWW-Authenticate': 'Bearer realm="raia"',
  });
};
