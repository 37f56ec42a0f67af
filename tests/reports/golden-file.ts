import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const goldenDirectory = join(import.meta.dirname, 'golden');
const updateCommand = 'UPDATE_GOLDEN=1 npx vitest run tests/reports/golden-reports.test.ts';

/**
 * Where `actual` first departs from `expected`, as a few numbered lines of each, or undefined when
 * they are equal. Reports are long: a whole-file diff would bury the one sentence that changed.
 */
export function goldenDifference(expected: string, actual: string, context = 3): string | undefined {
  if (expected === actual) return undefined;
  const before = expected.split('\n');
  const after = actual.split('\n');
  let first = 0;
  while (first < before.length && first < after.length && before[first] === after[first]) first += 1;
  let lastBefore = before.length - 1;
  let lastAfter = after.length - 1;
  while (lastBefore > first && lastAfter > first && before[lastBefore] === after[lastAfter]) {
    lastBefore -= 1;
    lastAfter -= 1;
  }
  const start = Math.max(0, first - context);
  const numbered = (lines: readonly string[], sign: string, from: number, to: number) =>
    lines
      .slice(from, to + 1)
      .map((line, index) => `${sign} ${String(from + index + 1).padStart(5)} | ${line}`);
  return [
    `The report differs from its golden file from line ${first + 1}:`,
    ...numbered(before, ' ', start, first - 1),
    ...numbered(before, '-', first, Math.min(lastBefore, first + 12)),
    ...numbered(after, '+', first, Math.min(lastAfter, first + 12)),
    `(${before.length} lines expected, ${after.length} written.)`,
  ].join('\n');
}

/**
 * Compares a rendered report with `tests/reports/golden/<name>`; with UPDATE_GOLDEN=1 it writes
 * the file instead. The goldens are the product: review their diff before committing.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(goldenDirectory, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`No golden file ${name} yet: write it with ${updateCommand}`);
  const difference = goldenDifference(readFileSync(path, 'utf8'), actual);
  if (difference !== undefined) {
    throw new Error(
      `${name}: ${difference}\nIf the change is intended, rewrite the goldens with ${updateCommand}`,
    );
  }
}
