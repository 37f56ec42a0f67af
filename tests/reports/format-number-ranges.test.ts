import { describe, expect, it } from 'vitest';
import { formatNumberRanges } from '../../src/reports/format-number-ranges.ts';

describe('formatNumberRanges', () => {
  it('shortens runs of three or more, keeps pairs and single numbers, in ascending order', () => {
    expect(formatNumberRanges([8, 1, 2, 3, 5, 7, 3])).toBe('1–3, 5, 7, 8');
    expect(formatNumberRanges(Array.from({ length: 18 }, (_, index) => index + 1))).toBe('1–18');
    expect(formatNumberRanges([4])).toBe('4');
    expect(formatNumberRanges([])).toBe('');
  });
});
