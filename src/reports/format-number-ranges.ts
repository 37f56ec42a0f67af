/** Whole numbers as short runs, ascending: [1, 2, 3, 5, 7, 8] -> "1–3, 5, 7, 8". */
export function formatNumberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((first, second) => first - second);
  const runs: Array<[number, number]> = [];
  for (const value of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && value === last[1] + 1) last[1] = value;
    else runs.push([value, value]);
  }
  // A run of two reads better as "7, 8" than as "7–8".
  return runs
    .flatMap(([from, to]) =>
      to - from >= 2 ? [`${from}–${to}`] : to > from ? [`${from}`, `${to}`] : [`${from}`],
    )
    .join(', ');
}
