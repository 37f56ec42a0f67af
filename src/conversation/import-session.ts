import type { z } from 'zod';
import { AppError, type Result } from '../app-error.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { createSessionId } from '../sessions/session-id.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import type { SessionExport, SessionOwner } from './assistant.ts';
import { legacySessionExportSchema } from './legacy-session-data.ts';
import { sessionExportSchema } from './session-data.ts';
import { loadWalkthrough } from './walkthrough-runtime.ts';

/**
 * Restores an exported session under a fresh id, its log included. Format 1 (the log inline in
 * the blob, from earlier releases) is upgraded on the way in.
 */
export async function importSession(
  store: SessionStore,
  questionnaires: QuestionnaireRegistry,
  document: unknown,
  options: { owner?: SessionOwner | undefined; at: string },
): Promise<Result<{ sessionId: string }>> {
  const parsed = parseSessionExport(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      success: false,
      error: new AppError(
        'bad-request',
        `This is not a RAIA session export: ${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}.`,
      ),
    };
  }
  const { session } = parsed.data;
  // Every questionnaire version in the export must be installed and its state restorable, or the
  // imported session could never be answered or scored.
  for (const record of Object.values(session.data.assessments)) {
    if (questionnaires.get(record.definitionId, record.version) === undefined) {
      return {
        success: false,
        error: new AppError(
          'unprocessable',
          `The export uses questionnaire ${record.definitionId} version ${record.version}, which is not installed here.`,
        ),
      };
    }
    const restored = loadWalkthrough(questionnaires, record);
    if (!restored.success) {
      return {
        success: false,
        error: new AppError('unprocessable', 'The questionnaire state in this export could not be read.', {
          cause: restored.error,
        }),
      };
    }
  }
  const sessionId = createSessionId();
  await store.create(
    {
      id: sessionId,
      createdAt: session.createdAt,
      updatedAt: options.at,
      // An explicit owner (null included: an anonymous import) replaces the export's own.
      owner: options.owner === undefined ? session.owner : options.owner,
      data: session.data,
    },
    { transcript: session.transcript, audit: session.audit },
  );
  return { success: true, data: { sessionId } };
}

function parseSessionExport(document: unknown): z.ZodSafeParseResult<SessionExport> {
  const version =
    typeof document === 'object' && document !== null ? Reflect.get(document, 'formatVersion') : undefined;
  return version === 1
    ? legacySessionExportSchema.safeParse(document)
    : sessionExportSchema.safeParse(document);
}
