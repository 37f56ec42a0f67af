import { z } from 'zod';
import type { StoredSession } from '../../sessions/session-store.ts';

/**
 * A session as it crosses the RPC boundary and sits in the object's SQLite row. The data travels
 * as JSON text so it round-trips exactly as in the memory and SQLite stores (structured clone
 * would keep `undefined`, Dates and Maps that JSON does not).
 */
export const sessionRecordSchema = z.object({
  id: z.string(),
  revision: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  organisationId: z.string().nullable(),
  userId: z.string().nullable(),
  dataJson: z.string(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export function toSessionRecord(session: Omit<StoredSession, 'revision'>): SessionRecord {
  return {
    id: session.id,
    revision: 0,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    organisationId: session.owner?.organisationId ?? null,
    userId: session.owner?.userId ?? null,
    dataJson: JSON.stringify(session.data ?? null),
  };
}

export function toStoredSession(record: SessionRecord): StoredSession {
  return {
    id: record.id,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    owner: toOwner(record),
    data: JSON.parse(record.dataJson),
  };
}

export function toOwner(record: Pick<SessionRecord, 'organisationId' | 'userId'>): StoredSession['owner'] {
  return record.organisationId === null || record.userId === null
    ? null
    : { organisationId: record.organisationId, userId: record.userId };
}
