import { AppError, type Result } from '../app-error.ts';
import type { LoadedWalkthrough } from './load-walkthrough.ts';
import type { SessionData } from './session-data.ts';

/**
 * Checks an imported file's sign-offs against its answers: each filed under its own questionnaire,
 * for answers the file holds, to the same definition and version, and completed (RAIA signs only
 * completed assessments). Anything else RAIA could never have written, so the file is refused.
 * The content hash is not recomputed: the result it covers comes from the scoring of the RAIA that
 * signed, and a later release may word that result differently; the hash stays what it claims to be.
 */
export function checkImportedSignOffs(
  data: SessionData,
  runtimes: readonly LoadedWalkthrough[],
): Result<null> {
  for (const [key, signOff] of Object.entries(data.signOffs ?? {})) {
    const runtime = runtimes.find((candidate) => candidate.definition.id === key);
    if (runtime === undefined || signOff.questionnaireId !== key || signOff.definitionId !== key)
      return refuse(
        `its "${key}" sign-off is filed under another questionnaire, or one the file has no answers to`,
      );
    if (signOff.version !== runtime.definition.version) {
      return refuse(
        `its ${key} sign-off is for version ${signOff.version}, but the answers are to version ${runtime.definition.version}`,
      );
    }
    if (runtime.snapshot.value !== 'completed')
      return refuse(`its ${key} sign-off is for answers that are not completed`);
  }
  return { success: true, data: null };
}

function refuse(reason: string): { success: false; error: AppError } {
  return { success: false, error: new AppError('unprocessable', `This file cannot be imported: ${reason}.`) };
}
