/**
 * The part of a Durable Object's state the tests read, spelled out so the root type check (which
 * sees no workerd types) can follow callbacks given to `runInDurableObject`.
 */
export interface ObjectState {
  storage: {
    getAlarm(): Promise<number | null>;
    sql: { exec(query: string): { toArray(): unknown[] } };
  };
}
