import { AppError } from '../app-error.ts';
// Imported statically so bundlers (esbuild for the Worker) ship the definitions with the code.
import readinessJson from './data/readiness.v1.json' with { type: 'json' };
import riskJson from './data/risk.v1.json' with { type: 'json' };
import riskV2Json from './data/risk.v2.json' with { type: 'json' };
import riskV3Json from './data/risk.v3.json' with { type: 'json' };
import { loadQuestionnaire } from './load-questionnaire.ts';
import type { Questionnaire } from './schema.ts';

const builtInFiles: ReadonlyArray<{ fileName: string; json: unknown }> = [
  { fileName: 'readiness.v1.json', json: readinessJson },
  { fileName: 'risk.v1.json', json: riskJson },
  { fileName: 'risk.v2.json', json: riskV2Json },
  // Version 3 is what new sessions use; sessions answered against an earlier version keep it.
  { fileName: 'risk.v3.json', json: riskV3Json },
];

let cached: Questionnaire[] | undefined;

/** RAIA's own renderings of the Toolkit's two questionnaires, checked once on first use. */
export function builtInQuestionnaires(): Questionnaire[] {
  if (cached === undefined) {
    cached = builtInFiles.map(({ fileName, json }) => {
      const loaded = loadQuestionnaire(json, { fileName });
      // A shipped definition that fails its own checks is a bug in RAIA, not a user mistake.
      if (!loaded.success)
        throw new AppError('internal', 'A built-in questionnaire is invalid.', { cause: loaded.error });
      return loaded.data;
    });
  }
  return cached;
}
