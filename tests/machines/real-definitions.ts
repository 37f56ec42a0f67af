import readinessJson from '../../src/questionnaires/data/readiness.v1.json' with { type: 'json' };
import riskJson from '../../src/questionnaires/data/risk.v1.json' with { type: 'json' };
import { loadQuestionnaire } from '../../src/questionnaires/load-questionnaire.ts';
import { type Questionnaire, questionnaireSchema } from '../../src/questionnaires/schema.ts';

/** The two shipped definitions, parsed by the schema and checked by the loader; a failure names the file. */
export function builtInDefinitions(): Questionnaire[] {
  return [
    ['readiness.v1.json', readinessJson],
    ['risk.v1.json', riskJson],
  ].map(([fileName, json]) => {
    questionnaireSchema.parse(json);
    const loaded = loadQuestionnaire(json, { fileName: String(fileName) });
    if (!loaded.success) throw new Error(loaded.error);
    return loaded.data;
  });
}
