import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadQuestionnaire } from '../../questionnaires/load-questionnaire.ts';
import type { Questionnaire } from '../../questionnaires/schema.ts';

export type LoadQuestionnaireFilesResult =
  | { success: true; data: Questionnaire[] }
  | { success: false; error: string };

/**
 * Reads every `*.json` definition an agency dropped into RAIA_QUESTIONNAIRES_DIR, in file-name
 * order. All files are checked and every problem reported, so one start-up shows everything to fix.
 */
export async function loadQuestionnaireFiles(
  directory: string,
  options: { knownPassageIds?: ReadonlySet<string> } = {},
): Promise<LoadQuestionnaireFilesResult> {
  let fileNames: string[];
  try {
    fileNames = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { success: false, error: `Cannot read the questionnaires directory ${directory}: ${reason}` };
  }
  const definitions: Questionnaire[] = [];
  const errors: string[] = [];
  for (const fileName of fileNames) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(directory, fileName), 'utf8'));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      errors.push(`${fileName}: not readable JSON (${reason})`);
      continue;
    }
    const loaded = loadQuestionnaire(json, {
      fileName,
      ...(options.knownPassageIds === undefined ? {} : { knownPassageIds: options.knownPassageIds }),
    });
    if (loaded.success) definitions.push(loaded.data);
    else errors.push(loaded.error);
  }
  return errors.length > 0
    ? { success: false, error: errors.join('\n\n') }
    : { success: true, data: definitions };
}
