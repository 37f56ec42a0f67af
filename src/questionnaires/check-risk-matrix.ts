import type { QuestionnaireProblem } from './questionnaire-problem.ts';
import type { Questionnaire, RiskScoring } from './schema.ts';

/**
 * The matrix has one row per likelihood point and one column per severity point, every cell names
 * a level, and a level never drops when likelihood or severity rises (so a worse answer can never
 * produce a lower risk).
 */
export function checkRiskMatrix(definition: Questionnaire, scoring: RiskScoring): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const rank = new Map<string, number>();
  scoring.levels.forEach((level, index) => {
    if (rank.has(level.id)) {
      problems.push({
        path: ['scoring', 'levels', index, 'id'],
        message: `duplicate level id "${level.id}"`,
      });
    } else {
      rank.set(level.id, index);
    }
  });
  const likelihood = definition.scales.find((scale) => scale.id === scoring.likelihoodScale);
  const severity = definition.scales.find((scale) => scale.id === scoring.severityScale);
  if (likelihood === undefined) {
    problems.push({
      path: ['scoring', 'likelihoodScale'],
      message: `unknown scale "${scoring.likelihoodScale}"`,
    });
  }
  if (severity === undefined) {
    problems.push({
      path: ['scoring', 'severityScale'],
      message: `unknown scale "${scoring.severityScale}"`,
    });
  }
  if (likelihood === undefined || severity === undefined) return problems;

  const { matrix } = scoring;
  if (matrix.length !== likelihood.points.length) {
    problems.push({
      path: ['scoring', 'matrix'],
      message: `the matrix needs ${likelihood.points.length} rows (one per likelihood point), not ${matrix.length}`,
    });
  }
  matrix.forEach((row, rowIndex) => {
    if (row.length !== severity.points.length) {
      problems.push({
        path: ['scoring', 'matrix', rowIndex],
        message: `row ${rowIndex} needs ${severity.points.length} cells (one per severity point), not ${row.length}`,
      });
    }
    row.forEach((cell, columnIndex) => {
      const path = ['scoring', 'matrix', rowIndex, columnIndex];
      const cellRank = rank.get(cell);
      if (cellRank === undefined) {
        problems.push({ path, message: `unknown level "${cell}"` });
        return;
      }
      const left = rank.get(row[columnIndex - 1] ?? '');
      const below = rank.get(matrix[rowIndex - 1]?.[columnIndex] ?? '');
      if (left !== undefined && cellRank < left) {
        problems.push({
          path,
          message: `"${cell}" is lower than "${row[columnIndex - 1]}" at a lower severity`,
        });
      }
      if (below !== undefined && cellRank < below) {
        problems.push({
          path,
          message: `"${cell}" is lower than "${matrix[rowIndex - 1]?.[columnIndex]}" at a lower likelihood`,
        });
      }
    });
  });
  return problems;
}
