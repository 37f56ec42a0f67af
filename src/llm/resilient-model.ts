import { type LanguageModelMiddleware, wrapLanguageModel } from 'ai';
import { callWithTimeout } from './call-with-timeout.ts';
import { CircuitOpenError, createCircuitBreaker } from './circuit-breaker.ts';
import type { LanguageModelV3 } from './language-model-v3.ts';
import { describeModelFailure, type ModelLog } from './model-log.ts';

export interface ResilienceOptions {
  /** Consecutive failures (errors or timeouts) that open the circuit. */
  consecutiveFailures: number;
  /** How long an open circuit fails fast before one trial call is let through. */
  halfOpenAfterMs: number;
  /** Upper bound of one provider call, even if the provider ignores its abort signal. */
  timeoutMs: number;
  /** The breaker's clock, for tests. */
  now?: () => number;
  /** Where each failed call and each opening of the circuit is reported (never with prompt text). */
  log?: ModelLog;
}

type Operation = 'generate' | 'stream';

/**
 * Wraps a provider model so a dead or hanging provider costs one timeout per call only until
 * `consecutiveFailures` calls have failed; then calls fail at once (CircuitOpenError) for
 * `halfOpenAfterMs`, and the callers (answers, proposals) take their deterministic path without
 * waiting. The timeout sits inside the breaker so that hanging calls count as failures. Every
 * failure is logged here, the one place all model calls pass, so the callers need not.
 */
export function createResilientModel(model: LanguageModelV3, options: ResilienceOptions): LanguageModelV3 {
  const { log } = options;
  const breaker = createCircuitBreaker({
    consecutiveFailures: options.consecutiveFailures,
    halfOpenAfterMs: options.halfOpenAfterMs,
    ...(options.now === undefined ? {} : { now: options.now }),
    onOpen: ({ consecutiveFailures, afterTrial }) =>
      log?.error(
        {
          event: 'model-circuit-opened',
          model: model.modelId,
          consecutiveFailures,
          afterTrial,
          cooldownMs: options.halfOpenAfterMs,
        },
        'The language model keeps failing: calls are paused for the cool-down and answers are composed without it.',
      ),
  });
  const logFailure = (operation: Operation, error: unknown) =>
    log?.warn(
      { event: 'model-call-failed', model: model.modelId, operation, ...describeModelFailure(error) },
      'A language model call failed.',
    );
  async function guarded<T>(operation: Operation, call: () => Promise<T>): Promise<T> {
    try {
      return await breaker.execute(() =>
        call().catch((error: unknown) => {
          // Logged before the breaker counts it, so a failure comes before the opening it causes.
          logFailure(operation, error);
          throw error;
        }),
      );
    } catch (error) {
      if (error instanceof CircuitOpenError) logFailure(operation, error);
      throw error;
    }
  }
  const middleware: LanguageModelMiddleware = {
    specificationVersion: 'v3',
    wrapGenerate: ({ params, model: inner }) =>
      guarded('generate', () =>
        callWithTimeout((signal) => inner.doGenerate({ ...params, abortSignal: signal }), {
          timeoutMs: options.timeoutMs,
          callerSignal: params.abortSignal,
        }),
      ),
    // The timeout covers opening the stream; the stream outlives that call, so its signal is kept.
    wrapStream: ({ params, model: inner }) =>
      guarded('stream', () =>
        callWithTimeout((signal) => inner.doStream({ ...params, abortSignal: signal }), {
          timeoutMs: options.timeoutMs,
          callerSignal: params.abortSignal,
          keepSignalAfterReturn: true,
        }),
      ),
  };
  return wrapLanguageModel({ model, middleware });
}
