import { afterEach, describe, expect, it, vi } from 'vitest';
import { callWithTimeout, ModelTimeoutError } from '../../src/llm/call-with-timeout.ts';

describe('callWithTimeout', () => {
  afterEach(() => vi.useRealTimers());

  it('rejects at the deadline and aborts the signal even if the call ignores it', async () => {
    vi.useFakeTimers();
    let seen: AbortSignal | undefined;
    const pending = callWithTimeout(
      (signal) => {
        seen = signal;
        return new Promise<string>(() => undefined);
      },
      { timeoutMs: 50 },
    );
    const outcome = expect(pending).rejects.toBeInstanceOf(ModelTimeoutError);
    await vi.advanceTimersByTimeAsync(50);
    await outcome;
    expect(seen?.aborted).toBe(true);
  });

  it('passes the caller abort on to the call and stops waiting for it', async () => {
    const caller = new AbortController();
    let seen: AbortSignal | undefined;
    const pending = callWithTimeout(
      (signal) => {
        seen = signal;
        return new Promise<string>(() => undefined);
      },
      { timeoutMs: 60_000, callerSignal: caller.signal },
    );
    caller.abort(new Error('user left'));
    await expect(pending).rejects.toThrow('user left');
    expect(seen?.aborted).toBe(true);
  });

  it('resolves with the value, and the time limit no longer applies after it', async () => {
    vi.useFakeTimers();
    let seen: AbortSignal | undefined;
    const value = await callWithTimeout(
      async (signal) => {
        seen = signal;
        return 'answer';
      },
      { timeoutMs: 50, keepSignalAfterReturn: true },
    );
    expect(value).toBe('answer');
    await vi.advanceTimersByTimeAsync(1000);
    // A stream opened by the call is still being read: its signal must not have been aborted.
    expect(seen?.aborted).toBe(false);
  });

  it('keeps the caller able to stop a stream after it opened', async () => {
    const caller = new AbortController();
    let seen: AbortSignal | undefined;
    await callWithTimeout(
      async (signal) => {
        seen = signal;
        return 'stream';
      },
      { timeoutMs: 50, callerSignal: caller.signal, keepSignalAfterReturn: true },
    );
    caller.abort();
    expect(seen?.aborted).toBe(true);
  });
});
