import type { StoredSession } from './session-store.ts';

/**
 * A loaded session whose `data` is parsed from the stored JSON text on first read, then kept: a
 * caller that already holds this revision's blob (see conversation/session-data-cache.ts) reads
 * only the row's revision and times, and pays for no parse. Each load parses its own copy, so a
 * caller changing it changes nothing stored.
 */
export function storedSessionFromJson(session: Omit<StoredSession, 'data'>, dataJson: string): StoredSession {
  let parsed = false;
  let data: unknown;
  return {
    id: session.id,
    revision: session.revision,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    owner: session.owner,
    get data() {
      if (!parsed) {
        data = JSON.parse(dataJson);
        parsed = true;
      }
      return data;
    },
    set data(value) {
      data = value;
      parsed = true;
    },
  };
}
