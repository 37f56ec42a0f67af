import type { ImpactVariableName } from './framework-pack-schema.ts';

/**
 * The formula every impact rating uses, in the words a pack's `formula.text` must contain
 * (check-impact-ratings.ts refuses a pack whose formula says otherwise), so what a report prints
 * is what the code computes. A test reads these words as arithmetic and compares.
 */
export const impactFormulaInWords = '(scale + scope + reversibility) × probability';

/**
 * An impact's score from its four variables' points. The points are at least 0 (checked), so the
 * score never falls when any one variable rises.
 */
export function impactScore(variables: Readonly<Record<ImpactVariableName, number>>): number {
  return (variables.scale + variables.scope + variables.reversibility) * variables.probability;
}
