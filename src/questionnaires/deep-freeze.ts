/**
 * Freezes a JSON-like value and everything it holds, skipping what is frozen already (so freezing
 * the next version of a value costs only its new parts). Values shared across turns (compiled
 * definitions, sealed answers, cached session data) are frozen so that a mutation in place throws
 * at once instead of changing what another turn sees. It lives here because every layer that
 * shares values imports questionnaires/.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
