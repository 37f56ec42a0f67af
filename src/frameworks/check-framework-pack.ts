import type { Questionnaire } from '../questionnaires/schema.ts';
import { checkConditionValues } from './check-condition-values.ts';
import { checkExclusiveConditions } from './check-exclusive-conditions.ts';
import { checkImpactRatings } from './check-impact-ratings.ts';
import { checkPackIdentifiers } from './check-pack-identifiers.ts';
import { checkPackQuestions } from './check-pack-questions.ts';
import { checkPackReferences } from './check-pack-references.ts';
import type { FrameworkPackProblem } from './framework-pack-problem.ts';
import type { FrameworkPack } from './framework-pack-schema.ts';

/**
 * Every cross-reference problem of a schema-valid pack, in a stable order (all of them, not just
 * the first). `questionnaires` are the definitions a pack may read: every version given of each
 * questionnaire in its `reads` counts (the others are ignored).
 */
export function checkFrameworkPack(
  pack: FrameworkPack,
  questionnaires: readonly Questionnaire[],
): FrameworkPackProblem[] {
  return [
    ...checkPackIdentifiers(pack),
    ...checkPackQuestions(pack),
    ...checkPackReferences(pack, questionnaires),
    ...checkConditionValues(pack, questionnaires),
    ...checkExclusiveConditions(pack, questionnaires),
    ...checkImpactRatings(pack),
  ];
}
