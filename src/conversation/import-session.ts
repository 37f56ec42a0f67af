import type { z } from 'zod';
import { AppError, type Result } from '../app-error.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { createSessionId } from '../sessions/session-id.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import type { SessionExport, SessionOwner } from './assistant.ts';
import { checkImportedSession } from './check-imported-session.ts';
import { checkImportedSignOffs } from './check-imported-sign-offs.ts';
import { legacySessionExportSchema } from './legacy-session-data.ts';
import { markImportedSession } from './mark-imported-session.ts';
import { type AuditEntry, sessionExportSchema } from './session-data.ts';
import { sha256Hex } from './sha256-hex.ts';

/** What the import records about the file beside its contents. */
export type ImportOptions = {
  owner?: SessionOwner | undefined;
  at: string;
  /** The exact bytes `document` was parsed from: their SHA-256 is what `sha256sum` gives for the file. */
  receivedBytes?: Uint8Array | undefined;
  generateId: () => string;
};

/**
 * Restores an exported session under a fresh id, its log included. Format 1 (the log inline in
 * the blob, from earlier releases) is upgraded on the way in. The file is checked against the
 * installed definitions and machines, and what it says is kept as its claims (see
 * mark-imported-session.ts); RAIA's own audit entries for the import come back for `onAudit`.
 */
export async function importSession(
  store: SessionStore,
  questionnaires: QuestionnaireRegistry,
  document: unknown,
  options: ImportOptions,
): Promise<Result<{ sessionId: string; audit: AuditEntry[] }>> {
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
  // Every questionnaire must be installed and its state one a conversation could reach, or the
  // imported session could never be answered or scored honestly.
  const checked = checkImportedSession(questionnaires, session.data);
  if (!checked.success) return checked;
  const signOffs = checkImportedSignOffs(session.data, checked.data);
  if (!signOffs.success) return signOffs;
  const importedBy = options.owner ?? null;
  const hashed = options.receivedBytes ?? new TextEncoder().encode(JSON.stringify(document));
  const marked = markImportedSession(
    parsed.data,
    checked.data,
    {
      at: options.at,
      importedBy,
      sha256: await sha256Hex(hashed),
      hashedOver: options.receivedBytes === undefined ? 'parsed-json' : 'received-bytes',
    },
    options.generateId,
  );
  const sessionId = createSessionId();
  await store.create(
    {
      id: sessionId,
      createdAt: session.createdAt,
      updatedAt: options.at,
      // An explicit owner (null included: an anonymous import) replaces the export's own.
      owner: options.owner === undefined ? session.owner : options.owner,
      data: marked.data,
    },
    { transcript: marked.transcript, audit: marked.audit },
  );
  return { success: true, data: { sessionId, audit: marked.ownAudit } };
}

function parseSessionExport(document: unknown): z.ZodSafeParseResult<SessionExport> {
  const version =
    typeof document === 'object' && document !== null ? Reflect.get(document, 'formatVersion') : undefined;
  return version === 1
    ? legacySessionExportSchema.safeParse(document)
    : sessionExportSchema.safeParse(document);
}
