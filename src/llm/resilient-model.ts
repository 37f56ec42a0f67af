import { type LanguageModelMiddleware, wrapLanguageModel } from 'ai';
import { callWithTimeout } from './call-with-timeout.ts';
import { createCircuitBreaker } from './circuit-breaker.ts';
import type { LanguageModelV3 } from './language-model-v3.ts';

export interface ResilienceOptions {
  /** Consecutive failures (errors or timeouts) that open the circuit. */
  consecutiveFailures: number;
  /** How long an open circuit fails fast before one trial call is let through. */
  halfOpenAfterMs: number;
  /** Upper bound of one provider call, even if the provider ignores its abort signal. */
  timeoutMs: number;
  /** The breaker's clock, for tests. */
  now?: () => number;
}

/**
 * Wraps a provider model so a dead or hanging provider costs one timeout per call only until
 * `consecutiveFailures` calls have failed; then calls fail at once (CircuitOpenError) for
 * `halfOpenAfterMs`, and the callers (answers, proposals) take their deterministic path without
 * waiting. The timeout sits inside the breaker so that hanging calls count as failures.
 */
export function createResilientModel(model: LanguageModelV3, options: ResilienceOptions): LanguageModelV3 {
  const breaker = createCircuitBreaker({
    consecutiveFailures: options.consecutiveFailures,
    halfOpenAfterMs: options.halfOpenAfterMs,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const middleware: LanguageModelMiddleware = {
    specificationVersion: 'v3',
    wrapGenerate: ({ params, model: inner }) =>
      breaker.execute(() =>
        callWithTimeout((signal) => inner.doGenerate({ ...params, abortSignal: signal }), {
          timeoutMs: options.timeoutMs,
          callerSignal: params.abortSignal,
        }),
      ),
    // The timeout covers opening the stream; the stream outlives that call, so its signal is kept.
    wrapStream: ({ params, model: inner }) =>
      breaker.execute(() =>
        callWithTimeout((signal) => inner.doStream({ ...params, abortSignal: signal }), {
          timeoutMs: options.timeoutMs,
          callerSignal: params.abortSignal,
          keepSignalAfterReturn: true,
        }),
      ),
  };
  return wrapLanguageModel({ model, middleware });
}
