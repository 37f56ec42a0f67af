export interface LimitDecision {
  allowed: boolean;
  /** Whole seconds until the window resets (what `Retry-After` says). */
  retryAfterSeconds: number;
  remaining: number;
}

/**
 * Counts requests per key in fixed windows (one minute by default) with an injected clock. All
 * keys share one window, so the table is simply cleared when it rolls over: memory holds at most
 * the keys seen in one window, never an ever-growing history.
 */
export function createFixedWindowLimiter(options: { limit: number; windowMs?: number; now?: () => number }) {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? (() => Date.now());
  let windowStart = Math.floor(now() / windowMs) * windowMs;
  const counts = new Map<string, number>();

  return {
    take(key: string): LimitDecision {
      const time = now();
      if (time >= windowStart + windowMs) {
        windowStart = Math.floor(time / windowMs) * windowMs;
        counts.clear();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + windowMs - time) / 1000));
      return {
        allowed: count <= options.limit,
        retryAfterSeconds,
        remaining: Math.max(0, options.limit - count),
      };
    },
  };
}
