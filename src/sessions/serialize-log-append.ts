import type { SessionLogAppend } from './session-store.ts';

/** One log entry as stores keep it: its kind and its JSON text. */
export type SerializedLogEntry = { kind: 'transcript' | 'audit'; entry: string };

/**
 * Turns the entries a save appends into JSON rows, transcript before audit. Each kind keeps its
 * own order; the order between kinds is not kept, as `loadLog` returns them apart.
 */
export function serializeLogAppend(append: SessionLogAppend | undefined): SerializedLogEntry[] {
  const rows = (kind: SerializedLogEntry['kind'], entries: readonly unknown[] = []) =>
    entries.map((entry) => ({ kind, entry: JSON.stringify(entry ?? null) }));
  return [...rows('transcript', append?.transcript), ...rows('audit', append?.audit)];
}
