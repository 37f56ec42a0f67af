/**
 * Whether a session is one of the agency's records, which retention must not erase: an assessment
 * of a registered system, or any signed-off assessment. A filed assessment is reassessed a year or
 * more later, far past RAIA_RETENTION_DAYS (90 by default), and the register and its diffs point
 * at it. Unsigned drafts that belong to no system still expire.
 *
 * Stores treat the state blob as opaque; this is the one field pair they read, by design, so the
 * Durable Object store can leave such a session without an expiry alarm.
 */
export function isAgencyRecord(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { systemId, signOffs } = data as { systemId?: unknown; signOffs?: unknown };
  if (typeof systemId === 'string' && systemId !== '') return true;
  return typeof signOffs === 'object' && signOffs !== null && Object.keys(signOffs).length > 0;
}
