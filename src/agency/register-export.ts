import { z } from 'zod';
import { AppError, type Result } from '../app-error.ts';
import type { Assistant } from '../conversation/assistant.ts';
import type { RegisterStore } from '../register/register-store.ts';
import { registerDocumentSchema } from '../register/system-record-schema.ts';
import { type AgencyCaller, requirePermission } from './agency-caller.ts';
import { loadRegister } from './register-access.ts';

/**
 * The portable form of a register: its systems, its audit trail and every assessment session it
 * links to, each as the session export `importSession` takes back. A session that is gone (erased
 * by retention) is listed as missing rather than failing the export.
 */
export const registerExportSchema = z
  .object({
    format: z.literal('raia-register-export'),
    formatVersion: z.literal(1),
    exportedAt: z.string(),
    organisationId: z.string(),
    register: registerDocumentSchema,
    audit: z.array(z.unknown()),
    sessions: z.array(z.object({ sessionId: z.string(), export: z.unknown().nullable() }).strict()),
  })
  .strict();
export type RegisterExport = z.infer<typeof registerExportSchema>;

export async function exportRegister(
  dependencies: { assistant: Assistant; registerStore: RegisterStore; now: () => Date },
  caller: AgencyCaller,
): Promise<Result<RegisterExport>> {
  requirePermission(caller, 'read');
  const { register } = await loadRegister(dependencies.registerStore, caller.organisationId);
  const audit = await dependencies.registerStore.loadAudit(caller.organisationId);
  const links = [
    ...register.systems.flatMap((system) => system.assessments),
    ...register.readinessAssessments,
  ];
  const sessions = await Promise.all(
    links.map(async ({ sessionId }) => {
      const exported = await dependencies.assistant.exportSession(sessionId);
      if (!exported.success && exported.error.code !== 'not-found') throw exported.error;
      return { sessionId, export: exported.success ? exported.data : null };
    }),
  );
  return {
    success: true,
    data: {
      format: 'raia-register-export',
      formatVersion: 1,
      exportedAt: dependencies.now().toISOString(),
      organisationId: caller.organisationId,
      register,
      audit,
      sessions,
    },
  };
}

export const registerImportClash = (names: string[]) =>
  new AppError(
    'conflict',
    `The register already has ${names.length === 1 ? 'a system' : 'systems'} called ${names.map((name) => `"${name}"`).join(', ')}. Rename or remove ${names.length === 1 ? 'it' : 'them'} first.`,
  );
