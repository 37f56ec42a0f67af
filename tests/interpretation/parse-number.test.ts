import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/interpretation/parse-number.ts';

describe('parseNumber', () => {
  it.each<[string, number]>([
    ['12', 12],
    ['3.5', 3.5],
    ['3,5', 3.5],
    ['1,200', 1200],
    ['1,200,000', 1_200_000],
    ['1.200.000', 1_200_000],
    ['1,200.5', 1200.5],
    ['1.200,5', 1200.5],
    ['-5', -5],
    ['minus three', -3],
    ['twelve', 12],
    ['forty-two', 42],
    ['one hundred and five', 105],
    ['a hundred', 100],
    ['two thousand three hundred and one', 2301],
    ['fifteen hundred', 1500],
    ['1.5 million', 1_500_000],
    ['12 thousand', 12_000],
    ['about 40 officers', 40],
    ['50%', 50],
    ['zero', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ success: true, value });
  });

  it.each(['between 10 and 20', 'one two', '10-20', 'twenty and thirty', 'five twenty'])(
    'refuses %j, which holds several numbers',
    (text) => {
      expect(parseNumber(text)).toEqual({ success: false, reason: 'several' });
    },
  );

  it.each(['', 'lots', 'hundred', '1,2,3', '9'.repeat(400)])('finds no number in %j', (text) => {
    expect(parseNumber(text)).toEqual({ success: false, reason: 'none' });
  });

  test.prop([fc.integer({ min: -1_000_000, max: 1_000_000 })])(
    'reads back any integer it is given',
    (value) => {
      expect(parseNumber(String(value))).toEqual({ success: true, value });
    },
  );

  test.prop([fc.string({ maxLength: 60 })])('never throws and only returns finite numbers', (text) => {
    const parsed = parseNumber(text);
    if (parsed.success) expect(Number.isFinite(parsed.value)).toBe(true);
  });
});
