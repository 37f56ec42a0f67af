import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/knowledge/edit-distance.ts';

/** Plain, unoptimised optimal string alignment distance to check the banded version against. */
function referenceDistance(left: string, right: string): number {
  const table = Array.from({ length: left.length + 1 }, (_, row) =>
    Array.from({ length: right.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  for (let row = 1; row <= left.length; row++) {
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      const cell = table[row]!;
      cell[column] = Math.min(
        table[row - 1]![column]! + 1,
        cell[column - 1]! + 1,
        table[row - 1]![column - 1]! + cost,
      );
      if (
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1]
      ) {
        cell[column] = Math.min(cell[column]!, table[row - 2]![column - 2]! + 1);
      }
    }
  }
  return table[left.length]![right.length]!;
}

describe('editDistance', () => {
  it('counts a deletion, a substitution and a transposition as one edit each', () => {
    expect(editDistance('proportionalty', 'proportionality', 2)).toBe(1);
    expect(editDistance('recogmition', 'recognition', 2)).toBe(1);
    expect(editDistance('fiarness', 'fairness', 2)).toBe(1);
    expect(editDistance('bias', 'bias', 1)).toBe(0);
  });

  it('agrees with the unbanded algorithm, capped at limit + 1', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (left, right, limit) => {
        expect(editDistance(left, right, limit)).toBe(Math.min(referenceDistance(left, right), limit + 1));
      }),
      { numRuns: 2000 },
    );
  });
});
