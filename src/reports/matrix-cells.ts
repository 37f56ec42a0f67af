import type { MatrixLevel, MatrixRisk, RiskMatrixInput } from './risk-matrix-input.ts';

/** One occupied cell of the matrix: where it sits, its level and the risks in it, by number. */
export type OccupiedCell = {
  likelihoodIndex: number;
  severityIndex: number;
  level: MatrixLevel;
  rank: number;
  risks: MatrixRisk[];
};

/** The level with id `levelId` and its rank, lowest 0; an id the levels do not list ranks -1. */
export function levelOf(input: RiskMatrixInput, levelId: string): { level: MatrixLevel; rank: number } {
  const rank = input.levels.findIndex((level) => level.id === levelId);
  return { level: input.levels[rank] ?? { id: levelId, label: levelId }, rank };
}

/** The risks grouped by inherent cell, most serious cell first (level, then likelihood, then severity). */
export function occupiedCells(input: RiskMatrixInput): OccupiedCell[] {
  const cells = new Map<string, OccupiedCell>();
  for (const risk of input.risks) {
    const { likelihoodIndex, severityIndex } = risk;
    const key = `${likelihoodIndex}:${severityIndex}`;
    const levelId = input.matrix[likelihoodIndex]?.[severityIndex] ?? risk.inherentLevelId;
    const cell = cells.get(key) ?? {
      likelihoodIndex,
      severityIndex,
      ...levelOf(input, levelId),
      risks: [],
    };
    cell.risks.push(risk);
    cells.set(key, cell);
  }
  return [...cells.values()].sort(
    (first, second) =>
      second.rank - first.rank ||
      second.likelihoodIndex - first.likelihoodIndex ||
      second.severityIndex - first.severityIndex,
  );
}

/** The risks grouped by residual level, highest level first; every level is listed, empty or not. */
export function residualGroups(
  input: RiskMatrixInput,
): Array<{ level: MatrixLevel; rank: number; risks: MatrixRisk[] }> {
  return input.levels
    .map((level, rank) => ({
      level,
      rank,
      risks: input.risks.filter((risk) => risk.residualLevelId === level.id),
    }))
    .reverse();
}

/** "Likely (4) × Serious (4)": a cell named by its two axes, as the charts' lists name it. */
export function cellName(input: RiskMatrixInput, likelihoodIndex: number, severityIndex: number): string {
  const likelihood = input.likelihood.points[likelihoodIndex];
  const severity = input.severity.points[severityIndex];
  const point = (entry: { value: number; label: string } | undefined) =>
    entry === undefined ? '?' : `${entry.label} (${entry.value})`;
  return `${point(likelihood)} × ${point(severity)}`;
}

/** "1 risk" or "18 risks". */
export function riskCount(count: number): string {
  return count === 1 ? '1 risk' : `${count} risks`;
}
