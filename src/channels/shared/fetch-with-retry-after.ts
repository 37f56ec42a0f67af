/** Attempts in all, including the first: a rate-limited reply is retried at most twice. */
const maxAttempts = 3;
/** A platform asking for a longer pause than this gets the 429 back instead of a stalled task. */
const maxDelayMilliseconds = 30_000;

/**
 * Sends a request, and on HTTP 429 waits as long as `Retry-After` says (Slack and the Bot
 * Connector both send it, in seconds) and tries again, a bounded number of times.
 * The body must be a string so it can be sent again.
 */
export async function fetchWithRetryAfter(
  dependencies: { fetch: typeof fetch; wait: (milliseconds: number) => Promise<void> },
  url: string,
  init: RequestInit & { body?: string },
): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await dependencies.fetch(url, init);
    if (response.status !== 429 || attempt >= maxAttempts) return response;
    const delay = retryDelay(response.headers.get('retry-after'));
    if (delay > maxDelayMilliseconds) return response;
    await response.body?.cancel();
    await dependencies.wait(delay);
  }
}

function retryDelay(retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}
