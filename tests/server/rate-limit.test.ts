import { describe, expect, it } from 'vitest';
import { createFixedWindowLimiter } from '../../src/server/fixed-window-limiter.ts';
import { bearer, createRealApp } from './real-app.ts';

describe('createFixedWindowLimiter', () => {
  it('allows the limit per key and window, then refuses until the window rolls over', () => {
    let time = 120_000 + 15_000;
    const limiter = createFixedWindowLimiter({ limit: 2, now: () => time });
    expect(limiter.take('a')).toEqual({ allowed: true, retryAfterSeconds: 45, remaining: 1 });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45, remaining: 0 });
    expect(limiter.take('b').allowed).toBe(true);
    time = 179_500;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1, remaining: 0 });
    time = 180_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('rate limiting on /api/*', () => {
  const tokens = 'police-a:alice:alice-token-0123456789abcdef,police-a:bob:bob-token-0123456789abcdef';

  it('answers 429 with Retry-After past RAIA_RATE_LIMIT_PER_MINUTE, per client address', async () => {
    let time = 1_000_000;
    const { app } = createRealApp({ environment: { RAIA_RATE_LIMIT_PER_MINUTE: '3' }, now: () => time });
    const search = (address: string) =>
      app.request('/api/search?q=lawfulness', { headers: { 'cf-connecting-ip': address } });
    for (let index = 0; index < 3; index += 1) expect((await search('10.0.0.1')).status).toBe(200);
    const refused = await search('10.0.0.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate-limited' } });
    expect((await search('10.0.0.2')).status).toBe(200);
    expect((await app.request('/healthz', { headers: { 'cf-connecting-ip': '10.0.0.1' } })).status).toBe(200);
    time += 60_000;
    expect((await search('10.0.0.1')).status).toBe(200);
  });

  it('keys token holders by their token, so colleagues behind one address are counted apart', async () => {
    const { app } = createRealApp({
      environment: { RAIA_RATE_LIMIT_PER_MINUTE: '2', RAIA_API_TOKENS: tokens },
      now: () => 5_000,
    });
    const search = (headers: Record<string, string>) => app.request('/api/search?q=lawfulness', { headers });
    const alice = bearer('alice-token-0123456789abcdef');
    const bob = bearer('bob-token-0123456789abcdef');
    expect((await search(alice)).status).toBe(200);
    expect((await search(alice)).status).toBe(200);
    expect((await search(alice)).status).toBe(429);
    expect((await search(bob)).status).toBe(200);
    // Wrong tokens are counted by address, so guessing is throttled too.
    const guesses = await Promise.all([1, 2, 3].map(() => search(bearer('guess-0123456789abcdef'))));
    expect(guesses.map((response) => response.status)).toEqual([401, 401, 429]);
  });

  it('keys by the configured proxy header, taking the address the proxy appended', async () => {
    const { app } = createRealApp({
      environment: { RAIA_RATE_LIMIT_PER_MINUTE: '1', RAIA_CLIENT_IP_HEADER: 'x-forwarded-for' },
      now: () => 5_000,
    });
    const search = (forwarded: string) =>
      app.request('/api/search?q=lawfulness', { headers: { 'x-forwarded-for': forwarded } });
    expect((await search('1.1.1.1, 10.0.0.1')).status).toBe(200);
    // A client cannot escape its bucket by prepending a forged address.
    expect((await search('9.9.9.9, 10.0.0.1')).status).toBe(429);
    expect((await search('10.0.0.2')).status).toBe(200);
  });
});
