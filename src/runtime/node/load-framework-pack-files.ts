import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, type Result } from '../../app-error.ts';
import { builtInFrameworkPacks } from '../../frameworks/built-in-framework-packs.ts';
import type { FrameworkPack } from '../../frameworks/framework-pack-schema.ts';
import { loadFrameworkPack } from '../../frameworks/load-framework-pack.ts';
import { compareVersions } from '../../questionnaires/compare-versions.ts';
import type { QuestionnaireRegistry } from '../../questionnaires/registry.ts';
import type { Questionnaire } from '../../questionnaires/schema.ts';
import { describeStorageError } from './describe-storage-error.ts';

export type LoadFrameworkPackFilesResult =
  | { success: true; data: FrameworkPack[] }
  | { success: false; error: string };

/**
 * Reads every `*.json` pack an agency dropped into RAIA_FRAMEWORK_PACKS_DIR, in file-name order,
 * checked against every version of every questionnaire in `questionnaires` (built-in and agency).
 * All files are checked and every problem reported, so one start-up shows everything to fix.
 */
export async function loadFrameworkPackFiles(
  directory: string,
  questionnaires: QuestionnaireRegistry,
): Promise<LoadFrameworkPackFilesResult> {
  let fileNames: string[];
  try {
    fileNames = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    const reason = describeStorageError(error).cause;
    return {
      success: false,
      error: `Cannot read the framework packs folder ${directory} (RAIA_FRAMEWORK_PACKS_DIR): ${reason}`,
    };
  }
  const definitions = everyQuestionnaireVersion(questionnaires);
  const packs: Array<{ fileName: string; pack: FrameworkPack }> = [];
  const errors: string[] = [];
  for (const fileName of fileNames) {
    let text: string;
    try {
      text = await readFile(join(directory, fileName), 'utf8');
    } catch (error) {
      errors.push(`${fileName}: cannot be read (${describeStorageError(error).cause})`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      errors.push(`${fileName}: not readable JSON (${reason})`);
      continue;
    }
    const loaded = loadFrameworkPack(json, { fileName, questionnaires: definitions });
    if (!loaded.success) {
      errors.push(loaded.error);
      continue;
    }
    // The registry refuses these too, but without the file name an agency would not know which file to fix.
    const clash = versionClash(loaded.data, packs);
    if (clash !== undefined) errors.push(`${fileName}: ${clash}`);
    else packs.push({ fileName, pack: loaded.data });
  }
  return errors.length > 0
    ? { success: false, error: errors.join('\n\n') }
    : { success: true, data: packs.map(({ pack }) => pack) };
}

/**
 * The agency's packs for createDefaultFrameworkRegistry: none when no folder is configured, else
 * every pack in it, or an error naming each file and its problems (start-up should stop on it).
 */
export async function loadAgencyFrameworkPacks(
  directory: string | undefined,
  questionnaires: QuestionnaireRegistry,
): Promise<Result<FrameworkPack[]>> {
  if (directory === undefined) return { success: true, data: [] };
  const loaded = await loadFrameworkPackFiles(directory, questionnaires);
  if (loaded.success) return loaded;
  return { success: false, error: new AppError('unprocessable', loaded.error) };
}

/** A pack may read any version of a questionnaire, so each version is offered to the checks. */
function everyQuestionnaireVersion(questionnaires: QuestionnaireRegistry): Questionnaire[] {
  return questionnaires
    .list()
    .map((summary) => questionnaires.get(summary.id, summary.version))
    .filter((definition) => definition !== undefined);
}

/** Why this id and version cannot be added (1 and 1.0 are the same version), or undefined. */
function versionClash(
  pack: FrameworkPack,
  earlier: ReadonlyArray<{ fileName: string; pack: FrameworkPack }>,
): string | undefined {
  const sameVersion = (other: FrameworkPack) =>
    other.id === pack.id && compareVersions(other.version, pack.version) === 0;
  const name = `framework pack "${pack.id}" version ${pack.version}`;
  if (builtInFrameworkPacks().some(sameVersion)) {
    return `${name} is already built into RAIA; to replace it, give this file a higher version.`;
  }
  const earlierFile = earlier.find((entry) => sameVersion(entry.pack))?.fileName;
  return earlierFile === undefined
    ? undefined
    : `${name} is also defined in ${earlierFile}; give the newer pack a higher version.`;
}
