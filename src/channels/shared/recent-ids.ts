/**
 * A bounded, in-memory record of deliveries this process already answered in the chat.
 * The assistant's stored message ids decide whether a turn is applied; this only stops a
 * platform retry of a fully handled delivery from posting the same reply twice. It is per
 * process (and empty after a restart), so at worst a reply is posted again: never lost.
 */
export interface RecentIds {
  has(id: string): boolean;
  add(id: string): void;
}

export function createRecentIds(limit = 1000): RecentIds {
  const ids = new Set<string>();
  return {
    has: (id) => ids.has(id),
    add: (id) => {
      ids.add(id);
      if (ids.size > limit) {
        const oldest = ids.values().next();
        if (!oldest.done) ids.delete(oldest.value);
      }
    },
  };
}
