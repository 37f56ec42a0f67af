import { AppError, type Result } from '../app-error.ts';
import type { SystemChanges, SystemInput } from './system-input-schema.ts';
import type {
  AssessmentLink,
  Incident,
  RegisterActor,
  RegisterAuditEntry,
  RegisterDocument,
  SystemRecord,
} from './system-record-schema.ts';

/** A register change: the next document and the audit entries that describe it, saved together. */
export type RegisterChange<T> = { register: RegisterDocument; value: T; audit: RegisterAuditEntry[] };

type Stamp = { at: string; actor: RegisterActor | null };

const sameName = (left: string, right: string) =>
  left.trim().toLocaleLowerCase('en') === right.trim().toLocaleLowerCase('en');

export function findSystem(register: RegisterDocument, systemId: string): SystemRecord | undefined {
  return register.systems.find((system) => system.id === systemId);
}

/** A system by its name, ignoring case and surrounding spaces: names are unique within a register. */
export function findSystemByName(register: RegisterDocument, name: string): SystemRecord | undefined {
  return register.systems.find((system) => sameName(system.name, name));
}

const unknownSystem = (systemId: string, field?: string) =>
  new AppError(
    'not-found',
    `There is no system "${systemId}" in your organisation's register.`,
    field === undefined ? undefined : { field },
  );

/** The system, or a not-found error naming it (and the request field that named it). */
export function requireSystem(register: RegisterDocument, systemId: string, field?: string): SystemRecord {
  const system = findSystem(register, systemId);
  if (system === undefined) throw unknownSystem(systemId, field);
  return system;
}

function replaceSystem(register: RegisterDocument, system: SystemRecord): RegisterDocument {
  return { ...register, systems: register.systems.map((each) => (each.id === system.id ? system : each)) };
}

export function registerSystem(
  register: RegisterDocument,
  input: SystemInput,
  { id, at, actor }: Stamp & { id: string },
): Result<RegisterChange<SystemRecord>> {
  const clash = findSystemByName(register, input.name);
  if (clash !== undefined) {
    return {
      success: false,
      error: new AppError('conflict', `The register already has a system called "${clash.name}".`, {
        field: 'name',
      }),
    };
  }
  const system: SystemRecord = {
    id,
    name: input.name,
    purpose: input.purpose ?? '',
    owner: input.owner ?? '',
    sourcing: input.sourcing ?? 'in-house',
    vendor: input.vendor ?? null,
    lifecycleStage: input.lifecycleStage ?? 'decision',
    status: input.status ?? 'active',
    nextReviewDate: input.nextReviewDate ?? null,
    createdAt: at,
    updatedAt: at,
    stageHistory: [{ stage: input.lifecycleStage ?? 'decision', at }],
    assessments: [],
    incidents: [],
  };
  return {
    success: true,
    data: {
      register: { ...register, systems: [...register.systems, system] },
      value: system,
      audit: [{ at, actor, systemId: id, event: 'system-registered' }],
    },
  };
}

/** Applies the fields given; a stage change is kept in the stage history, which review triggers read. */
export function changeSystem(
  register: RegisterDocument,
  systemId: string,
  changes: SystemChanges,
  { at, actor }: Stamp,
): Result<RegisterChange<SystemRecord>> {
  const current = findSystem(register, systemId);
  if (current === undefined) return { success: false, error: unknownSystem(systemId) };
  if (changes.name !== undefined) {
    const clash = findSystemByName(register, changes.name);
    if (clash !== undefined && clash.id !== systemId) {
      return {
        success: false,
        error: new AppError('conflict', `The register already has a system called "${clash.name}".`, {
          field: 'name',
        }),
      };
    }
  }
  const fields = (Object.keys(changes) as Array<keyof SystemChanges>).filter(
    (field) => changes[field] !== undefined && changes[field] !== current[field],
  );
  if (fields.length === 0) return { success: true, data: { register, value: current, audit: [] } };
  const stageChanged =
    changes.lifecycleStage !== undefined && changes.lifecycleStage !== current.lifecycleStage;
  const next: SystemRecord = {
    ...current,
    ...Object.fromEntries(fields.map((field) => [field, changes[field]])),
    updatedAt: at,
    stageHistory:
      stageChanged && changes.lifecycleStage !== undefined
        ? [...current.stageHistory, { stage: changes.lifecycleStage, at }]
        : current.stageHistory,
  };
  const audit: RegisterAuditEntry[] = [
    { at, actor, systemId, event: 'system-changed', fields: fields.map(String) },
  ];
  if (stageChanged) audit.push({ at, actor, systemId, event: 'stage-changed' });
  return { success: true, data: { register: replaceSystem(register, next), value: next, audit } };
}

export function linkAssessment(
  register: RegisterDocument,
  systemId: string,
  link: AssessmentLink,
): Result<RegisterChange<SystemRecord>> {
  const current = findSystem(register, systemId);
  if (current === undefined) return { success: false, error: unknownSystem(systemId) };
  const next = { ...current, assessments: [...current.assessments, link], updatedAt: link.startedAt };
  return {
    success: true,
    data: {
      register: replaceSystem(register, next),
      value: next,
      audit: [
        {
          at: link.startedAt,
          actor: link.startedBy,
          systemId,
          event: 'assessment-linked',
          sessionId: link.sessionId,
        },
      ],
    },
  };
}

export function linkReadiness(
  register: RegisterDocument,
  link: AssessmentLink,
): RegisterChange<AssessmentLink> {
  return {
    register: { ...register, readinessAssessments: [...register.readinessAssessments, link] },
    value: link,
    audit: [
      {
        at: link.startedAt,
        actor: link.startedBy,
        systemId: null,
        event: 'readiness-linked',
        sessionId: link.sessionId,
      },
    ],
  };
}

export function recordIncident(
  register: RegisterDocument,
  systemId: string,
  incident: Incident,
): Result<RegisterChange<Incident>> {
  const current = findSystem(register, systemId);
  if (current === undefined) return { success: false, error: unknownSystem(systemId) };
  const next = { ...current, incidents: [...current.incidents, incident], updatedAt: incident.at };
  return {
    success: true,
    data: {
      register: replaceSystem(register, next),
      value: incident,
      audit: [{ at: incident.at, actor: incident.recordedBy, systemId, event: 'incident-recorded' }],
    },
  };
}
