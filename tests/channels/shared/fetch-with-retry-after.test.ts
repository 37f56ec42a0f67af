import { describe, expect, it } from 'vitest';
import { fetchWithRetryAfter } from '../../../src/channels/shared/fetch-with-retry-after.ts';

function scripted(statuses: Array<{ status: number; retryAfter?: string }>) {
  const calls: string[] = [];
  const waits: number[] = [];
  const fetchStub: typeof fetch = async (input) => {
    calls.push(String(input));
    const next = statuses[calls.length - 1] ?? { status: 200 };
    return new Response(null, {
      status: next.status,
      headers: next.retryAfter === undefined ? {} : { 'retry-after': next.retryAfter },
    });
  };
  const wait = async (milliseconds: number) => {
    waits.push(milliseconds);
  };
  return { dependencies: { fetch: fetchStub, wait }, calls, waits };
}

describe('fetchWithRetryAfter', () => {
  it('waits as long as Retry-After says and tries again', async () => {
    const script = scripted([{ status: 429, retryAfter: '3' }, { status: 200 }]);
    const response = await fetchWithRetryAfter(script.dependencies, 'https://api.example/x', {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(script.waits).toEqual([3000]);
    expect(script.calls).toHaveLength(2);
  });

  it('gives up after three attempts, and at once when asked to wait longer than 30 seconds', async () => {
    const limited = scripted([
      { status: 429, retryAfter: '1' },
      { status: 429, retryAfter: '1' },
      { status: 429, retryAfter: '1' },
    ]);
    expect((await fetchWithRetryAfter(limited.dependencies, 'https://api.example/x', {})).status).toBe(429);
    expect(limited.calls).toHaveLength(3);
    const patient = scripted([{ status: 429, retryAfter: '120' }]);
    expect((await fetchWithRetryAfter(patient.dependencies, 'https://api.example/x', {})).status).toBe(429);
    expect(patient.waits).toEqual([]);
  });
});
