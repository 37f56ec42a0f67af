/**
 * How deeply a parsed JSON value nests, counting up to `limit + 1` only, iteratively: a hostile
 * document of a million nested arrays must not overflow the stack of whatever walks it next.
 */
export function exceedsJsonDepth(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined || typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= limit) return true;
    const children = Array.isArray(next.value) ? next.value : Object.values(next.value);
    for (const child of children) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}
