import { type LanguageModelMiddleware, wrapLanguageModel } from 'ai';
import {
  ConsecutiveBreaker,
  circuitBreaker,
  handleAll,
  type IPolicy,
  TimeoutStrategy,
  timeout,
  wrap,
} from 'cockatiel';
import type { LanguageModelV3 } from './language-model-v3.ts';

export interface ResilienceOptions {
  /** Consecutive failures (errors or timeouts) that open the circuit. */
  consecutiveFailures: number;
  /** How long an open circuit fails fast before one trial call is let through. */
  halfOpenAfterMs: number;
  /** Upper bound of one provider call, even if the provider ignores its abort signal. */
  timeoutMs: number;
}

/**
 * Wraps a provider model so a dead or hanging provider costs one timeout per call only until
 * `consecutiveFailures` calls have failed; then calls fail at once (BrokenCircuitError) for
 * `halfOpenAfterMs`, and the callers (answers, proposals) take their deterministic path without
 * waiting. The timeout sits inside the breaker so that hanging calls count as failures.
 */
export function createResilientModel(model: LanguageModelV3, options: ResilienceOptions): LanguageModelV3 {
  const breaker = circuitBreaker(handleAll, {
    halfOpenAfter: options.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.consecutiveFailures),
  });
  const generatePolicy = wrap(breaker, timeout(options.timeoutMs, TimeoutStrategy.Aggressive));
  // A stream outlives the call that opens it: its signal must not be aborted when that call returns.
  const streamPolicy = wrap(
    breaker,
    timeout(options.timeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false }),
  );
  const middleware: LanguageModelMiddleware = {
    specificationVersion: 'v3',
    wrapGenerate: ({ params, model: inner }) =>
      run(generatePolicy, params.abortSignal, (signal) =>
        inner.doGenerate({ ...params, abortSignal: signal }),
      ),
    wrapStream: ({ params, model: inner }) =>
      run(streamPolicy, params.abortSignal, (signal) => inner.doStream({ ...params, abortSignal: signal })),
  };
  return wrapLanguageModel({ model, middleware });
}

function run<T>(
  policy: IPolicy<{ signal: AbortSignal }>,
  callerSignal: AbortSignal | undefined,
  call: (signal: AbortSignal) => PromiseLike<T>,
): Promise<T> {
  // The policy's signal is aborted by its own timeout and by the caller's signal.
  return policy.execute(({ signal }) => call(signal), callerSignal);
}
