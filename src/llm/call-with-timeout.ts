/** Thrown when a model call outlives its time limit. */
export class ModelTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`The language model did not answer within ${timeoutMs} ms.`);
    this.name = 'ModelTimeoutError';
  }
}

/**
 * Runs `call` with a signal that aborts when the caller's signal does or when `timeoutMs` passes,
 * and rejects at the deadline even if the provider ignores its signal (a hung socket must not hold
 * a turn). With `keepSignalAfterReturn` (streams) the caller's signal stays linked after `call`
 * resolves: the stream it opened goes on being read after this returns, and the caller may still
 * stop it; the time limit covers only the opening.
 */
export function callWithTimeout<T>(
  call: (signal: AbortSignal) => PromiseLike<T>,
  options: { timeoutMs: number; callerSignal?: AbortSignal | undefined; keepSignalAfterReturn?: boolean },
): Promise<T> {
  // Created per call, never at module scope: workerd refuses AbortControllers and timers there.
  const controller = new AbortController();
  const { callerSignal } = options;
  const abortFromCaller = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) abortFromCaller();
  else callerSignal?.addEventListener('abort', abortFromCaller, { once: true });

  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new ModelTimeoutError(options.timeoutMs);
      controller.abort(error);
      reject(error);
    }, options.timeoutMs);
    const settle = () => {
      clearTimeout(timer);
      if (!options.keepSignalAfterReturn) callerSignal?.removeEventListener('abort', abortFromCaller);
    };
    // A caller's abort ends the wait at once, whether or not the provider honours the signal.
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
    Promise.resolve()
      .then(() => call(controller.signal))
      .then(
        (value) => {
          resolve(value);
          settle();
        },
        (error: unknown) => {
          reject(error);
          settle();
        },
      );
  });
}
