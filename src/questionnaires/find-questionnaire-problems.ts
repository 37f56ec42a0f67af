import { checkConditions } from './check-conditions.ts';
import { checkIdentifiers } from './check-identifiers.ts';
import { checkPassageReferences } from './check-passage-references.ts';
import { checkQuestionKinds } from './check-question-kinds.ts';
import { checkReadinessScoring } from './check-readiness-scoring.ts';
import { checkRiskItems } from './check-risk-items.ts';
import { checkRiskMatrix } from './check-risk-matrix.ts';
import type { QuestionnaireProblem } from './questionnaire-problem.ts';
import type { Questionnaire } from './schema.ts';

/** Every cross-reference problem of a schema-valid definition, in a stable order (all of them, not just the first). */
export function findQuestionnaireProblems(
  definition: Questionnaire,
  knownPassageIds?: ReadonlySet<string>,
): QuestionnaireProblem[] {
  const { scoring } = definition;
  return [
    ...checkIdentifiers(definition),
    ...checkQuestionKinds(definition),
    ...checkConditions(definition),
    ...(scoring.kind === 'readiness'
      ? checkReadinessScoring(definition, scoring)
      : [...checkRiskMatrix(definition, scoring), ...checkRiskItems(definition, scoring)]),
    ...(knownPassageIds === undefined ? [] : checkPassageReferences(definition, knownPassageIds)),
  ];
}
