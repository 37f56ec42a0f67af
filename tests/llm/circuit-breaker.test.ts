import { describe, expect, it } from 'vitest';
import { CircuitOpenError, createCircuitBreaker } from '../../src/llm/circuit-breaker.ts';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  return { promise, resolve, reject };
}

const fail = () => Promise.reject(new Error('provider down'));

describe('createCircuitBreaker', () => {
  it('stays closed while failures are not consecutive', async () => {
    const breaker = createCircuitBreaker({ consecutiveFailures: 2, halfOpenAfterMs: 1000, now: () => 0 });
    await expect(breaker.execute(fail)).rejects.toThrow('provider down');
    await expect(breaker.execute(async () => 'ok')).resolves.toBe('ok');
    await expect(breaker.execute(fail)).rejects.toThrow('provider down');
    // One failure since the success: still closed, so the call reaches the provider.
    await expect(breaker.execute(async () => 'reached')).resolves.toBe('reached');
  });

  it('opens after N consecutive failures and does not call through while open', async () => {
    let clock = 0;
    const breaker = createCircuitBreaker({ consecutiveFailures: 2, halfOpenAfterMs: 1000, now: () => clock });
    await expect(breaker.execute(fail)).rejects.toThrow('provider down');
    await expect(breaker.execute(fail)).rejects.toThrow('provider down');
    let calls = 0;
    const counted = async () => {
      calls += 1;
      return 'ok';
    };
    clock = 999;
    await expect(breaker.execute(counted)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(calls).toBe(0);
    clock = 1000;
    await expect(breaker.execute(counted)).resolves.toBe('ok');
    expect(calls).toBe(1);
  });

  it('lets exactly one trial call through when half-open, and reopens if it fails', async () => {
    let clock = 0;
    const breaker = createCircuitBreaker({ consecutiveFailures: 1, halfOpenAfterMs: 100, now: () => clock });
    await expect(breaker.execute(fail)).rejects.toThrow('provider down');
    clock = 100;
    const trial = deferred<string>();
    const first = breaker.execute(() => trial.promise);
    // While the trial is running, everyone else fails fast.
    await expect(breaker.execute(async () => 'second')).rejects.toBeInstanceOf(CircuitOpenError);
    trial.reject(new Error('still down'));
    await expect(first).rejects.toThrow('still down');
    // Reopened at t=100: closed again only after another cool-down.
    clock = 199;
    await expect(breaker.execute(async () => 'early')).rejects.toBeInstanceOf(CircuitOpenError);
    clock = 200;
    await expect(breaker.execute(async () => 'recovered')).resolves.toBe('recovered');
    await expect(breaker.execute(async () => 'closed')).resolves.toBe('closed');
  });
});
