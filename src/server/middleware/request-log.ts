import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';
import { loggablePath } from '../session-reference.ts';

/**
 * One line per request: method, path (no query string, session ids shortened), status and
 * duration. Never headers or bodies: they carry tokens and answers.
 */
export function requestLog(logger: Logger, now: () => number = () => Date.now()): MiddlewareHandler {
  return async (c, next) => {
    const started = now();
    await next();
    logger.info(
      {
        event: 'request',
        method: c.req.method,
        path: loggablePath(c.req.path),
        status: c.res.status,
        durationMs: now() - started,
      },
      'request',
    );
  };
}
