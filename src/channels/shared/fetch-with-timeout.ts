/**
 * A fetch whose every call gives up after `timeoutMs` (and still honours the caller's own signal),
 * so a stalled Slack, Mattermost or Bot Framework endpoint cannot hold a background turn forever.
 */
export function fetchWithTimeout(fetchFunction: typeof fetch, timeoutMs: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetchFunction(input, { ...init, signal });
  };
}
