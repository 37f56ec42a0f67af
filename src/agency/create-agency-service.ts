import { AppError, type Result } from '../app-error.ts';
import type { AssessmentSummary, Assistant, SessionOwner } from '../conversation/assistant.ts';
import {
  changeSystem,
  findSystem,
  recordIncident,
  registerSystem,
  requireSystem,
} from '../register/register-operations.ts';
import type { RegisterStore } from '../register/register-store.ts';
import type { SystemChanges, SystemInput } from '../register/system-input-schema.ts';
import type { AssessmentLink, Incident, SystemRecord } from '../register/system-record-schema.ts';
import { type AgencyCaller, requirePermission } from './agency-caller.ts';
import type { AgencyContext } from './agency-context.ts';
import { createAssessmentMethods } from './assessment-methods.ts';
import { importRegister } from './import-register.ts';
import { loadRegister, updateRegister } from './register-access.ts';
import { exportRegister, type RegisterExport } from './register-export.ts';
import {
  overviewFrom,
  type SystemOverview,
  summarizeLink,
  systemOverview,
  todayIn,
} from './system-overview.ts';

export type AgencyServiceDependencies = {
  assistant: Assistant;
  registerStore: RegisterStore;
  now?: () => Date;
  generateId?: () => string;
  /** RAIA_TIME_ZONE: review dates are days in the agency's zone. */
  timeZone?: string;
};

export type SystemDetail = SystemOverview & {
  assessments: Array<AssessmentLink & { summary: AssessmentSummary | null }>;
};

export type SystemFilter = { level?: string | undefined; due?: boolean | undefined };

/**
 * The agency's process over the conversation core: the register of AI systems, assessments that
 * belong to them, sign-off and reassessment. Every channel calls this with the caller's roles;
 * each change is saved, with its audit entry, before it resolves.
 */
export function createAgencyService(dependencies: AgencyServiceDependencies) {
  const { assistant, registerStore } = dependencies;
  const now = dependencies.now ?? (() => new Date());
  const generateId = dependencies.generateId ?? (() => crypto.randomUUID());
  const timeZone = dependencies.timeZone ?? 'UTC';
  const guard = async <T>(work: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError) return { success: false, error };
      throw error;
    }
  };

  async function overviewOf(system: SystemRecord): Promise<SystemOverview> {
    return systemOverview(assistant, system, todayIn(timeZone, now()));
  }

  async function systemOfSession(caller: AgencyCaller, sessionId: string): Promise<SystemRecord | null> {
    const systemId = await assistant.systemOf(sessionId);
    if (!systemId.success) throw systemId.error;
    if (systemId.data === null) return null;
    const { register } = await loadRegister(registerStore, caller.organisationId);
    return findSystem(register, systemId.data) ?? null;
  }

  const context: AgencyContext = {
    assistant,
    registerStore,
    now,
    generateId,
    timeZone,
    guard,
    overviewOf,
    systemOfSession,
  };

  return {
    listSystems: (caller: AgencyCaller, filter: SystemFilter = {}): Promise<Result<SystemOverview[]>> =>
      guard(async () => {
        requirePermission(caller, 'read');
        const { register } = await loadRegister(registerStore, caller.organisationId);
        const overviews = await Promise.all(register.systems.map(overviewOf));
        const shown = overviews.filter(
          (overview) =>
            (filter.level === undefined || overview.level?.id === filter.level) &&
            (filter.due === undefined || overview.due.length > 0 === filter.due),
        );
        return { success: true, data: shown };
      }),

    getSystem: (caller: AgencyCaller, systemId: string): Promise<Result<SystemDetail>> =>
      guard(async () => {
        requirePermission(caller, 'read');
        const { register } = await loadRegister(registerStore, caller.organisationId);
        const system = requireSystem(register, systemId);
        // Every assessment is summarised once, for the list and for the overview alike.
        const assessments = await Promise.all(
          system.assessments.map(async (link) => ({
            ...link,
            summary: await summarizeLink(assistant, link),
          })),
        );
        const riskNewestFirst = assessments
          .filter((link) => link.questionnaireId === 'risk')
          .reverse()
          .flatMap((link) => (link.summary === null ? [] : [link.summary]));
        const overview = overviewFrom(system, riskNewestFirst, todayIn(timeZone, now()));
        return { success: true, data: { ...overview, assessments } };
      }),

    createSystem: (caller: AgencyCaller, input: SystemInput): Promise<Result<SystemRecord>> =>
      guard(async () => {
        requirePermission(caller, 'manage-register');
        const at = now().toISOString();
        return updateRegister(registerStore, caller.organisationId, at, (register) =>
          registerSystem(register, input, { id: generateId(), at, actor: caller.person }),
        );
      }),

    changeSystem: (
      caller: AgencyCaller,
      systemId: string,
      changes: SystemChanges,
    ): Promise<Result<SystemRecord>> =>
      guard(async () => {
        requirePermission(caller, 'manage-register');
        const at = now().toISOString();
        return updateRegister(registerStore, caller.organisationId, at, (register) =>
          changeSystem(register, systemId, changes, { at, actor: caller.person }),
        );
      }),

    recordIncident: (caller: AgencyCaller, systemId: string, summary: string): Promise<Result<Incident>> =>
      guard(async () => {
        requirePermission(caller, 'answer');
        const at = now().toISOString();
        const incident: Incident = { id: generateId(), at, recordedBy: caller.person, summary };
        return updateRegister(registerStore, caller.organisationId, at, (register) =>
          recordIncident(register, systemId, incident),
        );
      }),

    ...createAssessmentMethods(context),

    exportRegister: (caller: AgencyCaller) =>
      guard(() => exportRegister({ assistant, registerStore, now }, caller)),

    importRegister: (caller: AgencyCaller, file: RegisterExport, owner: SessionOwner) =>
      guard(() => importRegister({ assistant, registerStore, now }, caller, file, owner)),

    auditTrail: (caller: AgencyCaller, systemId: string) =>
      guard(async () => {
        requirePermission(caller, 'read');
        const { register } = await loadRegister(registerStore, caller.organisationId);
        const system = requireSystem(register, systemId);
        const registerEntries = await registerStore.loadAudit(caller.organisationId, { systemId });
        const sessions = await Promise.all(
          system.assessments.map(async (link) => {
            const exported = await assistant.exportSession(link.sessionId);
            return {
              sessionId: link.sessionId,
              audit: exported.success ? exported.data.session.audit : null,
            };
          }),
        );
        return { success: true as const, data: { systemId, register: registerEntries, sessions } };
      }),

    readinessAssessments: (caller: AgencyCaller) =>
      guard(async () => {
        requirePermission(caller, 'read');
        const { register } = await loadRegister(registerStore, caller.organisationId);
        const assessments = await Promise.all(
          register.readinessAssessments.map(async (link) => ({
            ...link,
            summary: await summarizeLink(assistant, link),
          })),
        );
        return { success: true as const, data: assessments };
      }),
  };
}

export type AgencyService = ReturnType<typeof createAgencyService>;
