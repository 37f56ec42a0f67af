import {
  createEmptyRegister,
  type RegisterAuditEntry,
  type RegisterDocument,
  type SystemRecord,
} from '../../src/register/system-record-schema.ts';

export const registeredAt = '2026-03-02T09:00:00.000Z';

/** A valid system record (system-record-schema.ts), so the documents saved are ones the service could write. */
export function systemRecord(id: string, name: string): SystemRecord {
  return {
    id,
    name,
    purpose: 'Matches custody photographs against the watch list — «évaluation» 😀',
    owner: 'Digital Forensics Unit',
    sourcing: 'procured',
    vendor: 'Example Vision Ltd',
    lifecycleStage: 'pilot',
    status: 'active',
    nextReviewDate: '2026-09-01',
    createdAt: registeredAt,
    updatedAt: registeredAt,
    stageHistory: [{ stage: 'pilot', at: registeredAt }],
    assessments: [],
    incidents: [],
  };
}

/** A register holding the named systems, ids `system-<name>`. */
export function registerOf(...names: string[]): RegisterDocument {
  return {
    ...createEmptyRegister(),
    systems: names.map((name) => systemRecord(`system-${name}`, name)),
  };
}

export function registered(systemId: string, at = registeredAt): RegisterAuditEntry {
  return { at, actor: { id: 'analyst-7', channel: 'web' }, systemId, event: 'system-registered' };
}

export function changed(systemId: string, fields: string[]): RegisterAuditEntry {
  return { at: registeredAt, actor: null, systemId, event: 'system-changed', fields };
}

/** An organisation-wide entry: it belongs to no system, so a per-system trail leaves it out. */
export function readinessLinked(sessionId: string): RegisterAuditEntry {
  return { at: registeredAt, actor: null, systemId: null, event: 'readiness-linked', sessionId };
}
