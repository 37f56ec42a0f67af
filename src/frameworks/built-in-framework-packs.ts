import { AppError } from '../app-error.ts';
import { builtInQuestionnaires } from '../questionnaires/built-in-questionnaires.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
// Imported statically so bundlers (esbuild for the Worker) ship the packs with the code: no file reads at run time.
import coeHuderiaV1Json from './data/coe-huderia.v1.json' with { type: 'json' };
import euAiActV1Json from './data/eu-ai-act.v1.json' with { type: 'json' };
import euAiActV2Json from './data/eu-ai-act.v2.json' with { type: 'json' };
import type { FrameworkPack } from './framework-pack-schema.ts';
import { loadFrameworkPack } from './load-framework-pack.ts';

/** A shipped pack file: its name (for errors) and its parsed JSON. */
export type PackFile = { fileName: string; json: unknown };

const builtInFiles: readonly PackFile[] = [
  { fileName: 'eu-ai-act.v1.json', json: euAiActV1Json },
  // Version 1 with the FRIA's questions asked after the Toolkit's risks; 1 stays for its sessions.
  { fileName: 'eu-ai-act.v2.json', json: euAiActV2Json },
  { fileName: 'coe-huderia.v1.json', json: coeHuderiaV1Json },
];

/**
 * Loads shipped pack files against the questionnaires they read. A shipped pack that fails its own
 * checks is a bug in RAIA, not a user mistake, so it stops start-up with every problem listed.
 */
export function loadBuiltInPacks(
  files: readonly PackFile[],
  questionnaires: readonly Questionnaire[],
): FrameworkPack[] {
  return files.map(({ fileName, json }) => {
    const loaded = loadFrameworkPack(json, { fileName, questionnaires });
    if (!loaded.success)
      throw new AppError('internal', 'A built-in framework pack is invalid.', { cause: loaded.error });
    return loaded.data;
  });
}

let cached: FrameworkPack[] | undefined;

/** RAIA's own packs (never the Toolkit's, never legal advice), checked once on first use. */
export function builtInFrameworkPacks(): FrameworkPack[] {
  cached ??= loadBuiltInPacks(builtInFiles, builtInQuestionnaires());
  return cached;
}
