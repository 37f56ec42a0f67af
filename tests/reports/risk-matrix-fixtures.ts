import type { MatrixRisk, RiskMatrixInput } from '../../src/reports/risk-matrix-input.ts';
import { builtIn } from './report-fixtures.ts';

const definition = builtIn('risk');
const riskScoring = definition.scoring;
if (riskScoring.kind !== 'risk') throw new Error('the risk definition scores risks');
/** Risk v1's levels and matrix. */
export const scoring = riskScoring;
const axis = (id: string) => {
  const found = definition.scales.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no scale ${id}`);
  return found;
};

/** Risk `number` rated at these axis positions; partial safeguards lower it one level. */
function rated(number: number, likelihood: number, severity: number): MatrixRisk {
  const before = scoring.levels.findIndex((level) => level.id === scoring.matrix[likelihood]?.[severity]);
  return {
    number,
    title: `Risk number ${number}`,
    likelihoodIndex: likelihood,
    severityIndex: severity,
    inherentLevelId: scoring.levels[before]?.id ?? '',
    residualLevelId: scoring.levels[Math.max(0, before - 1)]?.id ?? '',
  };
}

/** Eighteen risks rated Likely x Serious, and two elsewhere (numbers 19 and 20). */
export const ranked = [
  ...Array.from({ length: 18 }, (_, index) => rated(index + 1, 3, 3)),
  rated(19, 0, 4),
  rated(20, 4, 0),
];

/** The charts' input for those twenty risks, on risk v1's axes, levels and matrix. */
export const crowdedInput: RiskMatrixInput = {
  likelihood: axis(scoring.likelihoodScale),
  severity: axis(scoring.severityScale),
  levels: scoring.levels,
  matrix: scoring.matrix,
  risks: ranked,
};
