/**
 * Thrown instead of calling the provider while the circuit is open: the callers (answers,
 * proposals) catch any model failure and take their deterministic path at once.
 */
export class CircuitOpenError extends Error {
  constructor() {
    super('The language model is failing; calls are paused for a cool-down.');
    this.name = 'CircuitOpenError';
  }
}

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  consecutiveFailures: number;
  /** How long an open circuit fails fast before one trial call is let through. */
  halfOpenAfterMs: number;
  /** The clock, injectable for tests. */
  now?: () => number;
  /** Told each time the circuit opens: after the consecutive failures, or when a trial call fails. */
  onOpen?: (opening: { consecutiveFailures: number; afterTrial: boolean }) => void;
}

export interface CircuitBreaker {
  execute<T>(call: () => Promise<T>): Promise<T>;
}

type CircuitState =
  | { kind: 'closed'; failures: number }
  | { kind: 'open'; openedAt: number }
  | { kind: 'half-open' };

/**
 * A consecutive-failure circuit breaker: closed until `consecutiveFailures` calls in a row fail,
 * then open (every call throws CircuitOpenError without reaching the provider) for
 * `halfOpenAfterMs`, then half-open: exactly one trial call goes through while the others still
 * fail fast, and its outcome closes or reopens the circuit.
 *
 * RAIA's own rather than cockatiel's: cockatiel 3 creates AbortControllers when it is imported,
 * which workerd forbids at module scope, so the Worker could not even start. Everything here
 * happens inside `execute`, nothing when the module loads.
 */
export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  const now = options.now ?? Date.now;
  const threshold = Math.max(1, options.consecutiveFailures);
  let state: CircuitState = { kind: 'closed', failures: 0 };

  function admit(): boolean {
    switch (state.kind) {
      case 'closed':
        return true;
      case 'open':
        if (now() - state.openedAt < options.halfOpenAfterMs) return false;
        state = { kind: 'half-open' };
        return true;
      case 'half-open':
        // A trial call is already running: the others wait for its verdict by failing fast.
        return false;
      default:
        return assertNever(state);
    }
  }

  function recordSuccess(): void {
    state = { kind: 'closed', failures: 0 };
  }

  function recordFailure(): void {
    if (state.kind === 'half-open') {
      state = { kind: 'open', openedAt: now() };
      options.onOpen?.({ consecutiveFailures: 1, afterTrial: true });
      return;
    }
    if (state.kind !== 'closed') return;
    const failures = state.failures + 1;
    if (failures < threshold) {
      state = { kind: 'closed', failures };
      return;
    }
    state = { kind: 'open', openedAt: now() };
    options.onOpen?.({ consecutiveFailures: failures, afterTrial: false });
  }

  return {
    async execute(call) {
      if (!admit()) throw new CircuitOpenError();
      try {
        const result = await call();
        recordSuccess();
        return result;
      } catch (error) {
        recordFailure();
        throw error;
      }
    },
  };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected circuit state ${JSON.stringify(value)}`);
}
