import type { MiddlewareHandler } from 'hono';
import type { AccessEnvironment } from '../access/principal.ts';
import { errorBody } from '../error-body.ts';
import { createFixedWindowLimiter } from '../fixed-window-limiter.ts';

/**
 * Per-client limit on /api/* (RAIA_RATE_LIMIT_PER_MINUTE), keyed by `clientKey` (token hash or
 * address). In memory: per process on Node, per isolate on Workers, which is a brake on one noisy
 * client, not a global quota.
 */
export function rateLimit(options: {
  limitPerMinute: number;
  now?: () => number;
}): MiddlewareHandler<AccessEnvironment> {
  const limiter = createFixedWindowLimiter({
    limit: options.limitPerMinute,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  return async (c, next) => {
    const decision = limiter.take(c.var.clientKey);
    if (!decision.allowed) {
      return c.json(
        errorBody('rate-limited', 'Too many requests. Please wait a moment and try again.'),
        429,
        {
          'Retry-After': String(decision.retryAfterSeconds),
        },
      );
    }
    return next();
  };
}
