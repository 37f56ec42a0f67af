import { describe, expect, it } from 'vitest';
import { addOneYear } from '../../src/agency/review-date.ts';

describe('addOneYear', () => {
  it('keeps the day, and turns 29 February into 28 February', () => {
    expect(addOneYear('2026-12-01')).toBe('2027-12-01');
    expect(addOneYear('2028-02-29')).toBe('2029-02-28');
    expect(addOneYear('2027-02-28')).toBe('2028-02-28');
  });
});
