/** Longest word compared; longer ones are never typos worth correcting. */
export const maximumEditedLength = 40;
// Three reusable rows: the vocabulary scan calls this thousands of times per query.
const rowA = new Int32Array(maximumEditedLength + 2);
const rowB = new Int32Array(maximumEditedLength + 2);
const rowC = new Int32Array(maximumEditedLength + 2);

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition, the commonest typing
 * slip). Only the diagonal band within `limit` is computed and anything beyond `limit` is reported
 * as `limit + 1`, so scanning a vocabulary costs a few cells per letter.
 */
export function editDistance(left: string, right: string, limit: number): number {
  const beyond = limit + 1;
  if (Math.abs(left.length - right.length) > limit) return beyond;
  if (left.length > maximumEditedLength || right.length > maximumEditedLength) return beyond;
  let beforePrevious = rowA;
  let previous = rowB;
  let current = rowC;
  for (let column = 0; column <= right.length; column++) previous[column] = Math.min(column, beyond);
  for (let row = 1; row <= left.length; row++) {
    const from = Math.max(1, row - limit);
    const to = Math.min(right.length, row + limit);
    current[0] = Math.min(row, beyond);
    current[from - 1] = from === 1 ? current[0] : beyond;
    // Column 0 is inside the band while row <= limit.
    let rowMinimum = current[0];
    for (let column = from; column <= to; column++) {
      const cost = left.charCodeAt(row - 1) === right.charCodeAt(column - 1) ? 0 : 1;
      let value = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + cost);
      if (
        column > 1 &&
        row > 1 &&
        left.charCodeAt(row - 1) === right.charCodeAt(column - 2) &&
        left.charCodeAt(row - 2) === right.charCodeAt(column - 1)
      ) {
        value = Math.min(value, beforePrevious[column - 2]! + 1);
      }
      value = Math.min(value, beyond);
      current[column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (to < right.length) current[to + 1] = beyond;
    if (rowMinimum > limit) return beyond;
    const recycled = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = recycled;
  }
  return previous[right.length]!;
}
