/**
 * The input of the risk matrix charts (`riskMatrixHtml`, `svgHeatMap`, `svgResidualLevels`):
 * plain data the report model carries (html-risk.ts maps the model's risk section to it), so
 * the charts depend on no report or scoring type.
 *
 * - `likelihood`, `severity`: the two axes, lowest point first (a questionnaire `Scale` fits as is).
 * - `levels`: the risk levels, lowest first, with what each asks of the agency.
 * - `matrix`: the level id of each cell, `matrix[likelihoodIndex][severityIndex]`.
 * - `risks`: the rated risks; `number` is the risk's number in the report's risk table, which the
 *   charts' lists cite; the indexes are positions on the axes (0 is the lowest point).
 */
export type RiskMatrixInput = {
  likelihood: MatrixAxis;
  severity: MatrixAxis;
  levels: readonly MatrixLevel[];
  matrix: ReadonlyArray<readonly string[]>;
  risks: readonly MatrixRisk[];
};

export type MatrixAxis = {
  title: string;
  points: ReadonlyArray<{ value: number; label: string }>;
};

export type MatrixLevel = { id: string; label: string; description?: string | undefined };

export type MatrixRisk = {
  number: number;
  title: string;
  likelihoodIndex: number;
  severityIndex: number;
  inherentLevelId: string;
  residualLevelId: string;
};
