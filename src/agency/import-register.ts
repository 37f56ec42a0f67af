import type { Result } from '../app-error.ts';
import type { Assistant, SessionOwner } from '../conversation/assistant.ts';
import { findSystem, findSystemByName } from '../register/register-operations.ts';
import type { RegisterStore } from '../register/register-store.ts';
import type { AssessmentLink, RegisterAuditEntry } from '../register/system-record-schema.ts';
import { type AgencyCaller, requirePermission } from './agency-caller.ts';
import { updateRegister } from './register-access.ts';
import { type RegisterExport, registerImportClash } from './register-export.ts';

export type RegisterImportSummary = { systems: number; sessions: number; missingSessions: number };

/**
 * Restores an exported register into the caller's: its systems (same ids) and their assessment
 * sessions, each imported under a fresh id with the links rewritten. Refused, with nothing
 * changed in the register, when a system's name or id is already there. Sessions are imported
 * first; if the register change then fails they are left unlinked, never linked half-way.
 */
export async function importRegister(
  dependencies: { assistant: Assistant; registerStore: RegisterStore; now: () => Date },
  caller: AgencyCaller,
  file: RegisterExport,
  owner: SessionOwner,
): Promise<Result<RegisterImportSummary>> {
  requirePermission(caller, 'manage-register');
  const at = dependencies.now().toISOString();
  const newIds = new Map<string, string>();
  let missingSessions = 0;
  for (const session of file.sessions) {
    if (session.export === null) {
      missingSessions += 1;
      continue;
    }
    const imported = await dependencies.assistant.importSession(session.export, { owner, at });
    if (!imported.success) return imported;
    newIds.set(session.sessionId, imported.data.sessionId);
  }
  const relink = (links: AssessmentLink[]) =>
    links.flatMap((link) => {
      const sessionId = newIds.get(link.sessionId);
      if (sessionId === undefined) return [];
      const reassessmentOf = link.reassessmentOf === null ? null : (newIds.get(link.reassessmentOf) ?? null);
      return [{ ...link, sessionId, reassessmentOf }];
    });
  return updateRegister(dependencies.registerStore, caller.organisationId, at, (register) => {
    const clashes = file.register.systems.filter(
      (system) =>
        findSystem(register, system.id) !== undefined ||
        findSystemByName(register, system.name) !== undefined,
    );
    if (clashes.length > 0)
      return { success: false, error: registerImportClash(clashes.map((system) => system.name)) };
    const systems = file.register.systems.map((system) => ({
      ...system,
      assessments: relink(system.assessments),
    }));
    const readiness = relink(file.register.readinessAssessments);
    const audit: RegisterAuditEntry[] = [
      ...systems.map((system) => ({
        at,
        actor: caller.person,
        systemId: system.id,
        event: 'system-imported' as const,
      })),
      ...readiness.map((link) => ({
        at,
        actor: caller.person,
        systemId: null,
        event: 'readiness-linked' as const,
        sessionId: link.sessionId,
      })),
    ];
    return {
      success: true,
      data: {
        register: {
          ...register,
          systems: [...register.systems, ...systems],
          readinessAssessments: [
            ...register.readinessAssessments,
            ...relink(file.register.readinessAssessments),
          ],
        },
        value: { systems: systems.length, sessions: newIds.size, missingSessions },
        audit,
      },
    };
  });
}
