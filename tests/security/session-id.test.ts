import { describe, expect, it } from 'vitest';
import { createSessionId, isSessionId } from '../../src/sessions/session-id.ts';

describe('createSessionId', () => {
  it('is 43 base64url characters: 32 random bytes, no padding', () => {
    for (let index = 0; index < 1000; index += 1) {
      const id = createSessionId();
      expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(isSessionId(id)).toBe(true);
      // 43 characters carry 258 bits; the last one holds only 4 bits, so it is one of 16.
      expect('AEIMQUYcgkosw048').toContain(id.at(-1));
    }
  });

  it('never repeats over 50,000 ids and uses the whole alphabet evenly', () => {
    const ids = Array.from({ length: 50_000 }, () => createSessionId());
    expect(new Set(ids).size).toBe(ids.length);
    const counts = new Map<string, number>();
    for (const id of ids)
      for (const character of id.slice(0, 42)) counts.set(character, (counts.get(character) ?? 0) + 1);
    expect(counts.size).toBe(64);
    // 2.1 million characters over 64 symbols: about 32,800 each; a biased generator strays far.
    const expected = (ids.length * 42) / 64;
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.05);
  });

  it('refuses client-chosen ids with fewer than 128 bits or other characters', () => {
    expect(isSessionId('a'.repeat(21))).toBe(false);
    expect(isSessionId('a'.repeat(22))).toBe(true);
    expect(isSessionId(`${'a'.repeat(30)}/`)).toBe(false);
    expect(isSessionId('a'.repeat(129))).toBe(false);
  });
});
