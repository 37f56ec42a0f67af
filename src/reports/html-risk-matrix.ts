import { escapeHtml } from './escape-html.ts';
import { formatNumberRanges } from './format-number-ranges.ts';
import { levelPaint } from './level-colour.ts';
import { cellName, occupiedCells, residualGroups, riskCount } from './matrix-cells.ts';
import type { MatrixLevel, RiskMatrixInput } from './risk-matrix-input.ts';
import { svgHeatMap } from './svg-heat-map.ts';
import { svgResidualLevels } from './svg-residual-levels.ts';

// Input: RiskMatrixInput (src/reports/risk-matrix-input.ts).

/** A level's name on its own colour, as in the charts; the style survives the chat page's sanitized copy. */
export function levelChip(input: RiskMatrixInput, level: MatrixLevel): string {
  const rank = input.levels.findIndex((entry) => entry.id === level.id);
  const paint = levelPaint(Math.max(rank, 0), input.levels.length);
  return `<span class="level-chip" style="background:${paint.fill};color:${paint.ink}">${escapeHtml(level.label)}</span>`;
}

function numbers(risks: ReadonlyArray<{ number: number }>): string {
  const list = formatNumberRanges(risks.map((risk) => risk.number));
  // A no-break space: "numbers" never ends a line apart from what it introduces.
  return `${risks.length === 1 ? 'number' : 'numbers'}&nbsp;${list}`;
}

/**
 * The risk matrix section's content: the matrix before safeguards beside the levels after them
 * (stacked on a phone), then the same in words, cell by cell and level by level, citing each risk
 * by its number in the risk table, and what each level asks of the agency.
 */
export function riskMatrixHtml(input: RiskMatrixInput): string {
  const before = occupiedCells(input).map(
    (cell) =>
      `<li>${levelChip(input, cell.level)} ${escapeHtml(cellName(input, cell.likelihoodIndex, cell.severityIndex))}: ${riskCount(cell.risks.length)}, ${numbers(cell.risks)}</li>`,
  );
  const after = residualGroups(input)
    .filter((group) => group.risks.length > 0)
    .map(
      (group) =>
        `<li>${levelChip(input, group.level)} ${riskCount(group.risks.length)}, ${numbers(group.risks)}</li>`,
    );
  const meanings = input.levels.flatMap((level) =>
    level.description === undefined
      ? []
      : [`<li>${levelChip(input, level)} ${escapeHtml(level.description)}</li>`],
  );
  return [
    '<div class="risk-charts">',
    `<figure class="chart"><figcaption>Before safeguards (inherent level)</figcaption>${svgHeatMap(input)}</figure>`,
    `<figure class="chart"><figcaption>After safeguards (residual level)</figcaption>${svgResidualLevels(input)}</figure>`,
    '</div>',
    '<p class="chart-note">Each cell is coloured by its level and names it. The number in a badge is how many risks sit there; the lists below give their numbers in the risk table. Safeguards lower a risk\'s level, not its likelihood or severity, so after safeguards the risks are grouped by level.</p>',
    '<div class="chart-lists">',
    `<div><h3>Before safeguards, cell by cell</h3>${before.length === 0 ? '<p>No risk is rated yet.</p>' : `<ul class="chart-list">${before.join('')}</ul>`}</div>`,
    `<div><h3>After safeguards, level by level</h3>${after.length === 0 ? '<p>No risk is rated yet.</p>' : `<ul class="chart-list">${after.join('')}</ul>`}</div>`,
    '</div>',
    meanings.length === 0
      ? ''
      : `<h3>What each level asks</h3><ul class="chart-list">${meanings.join('')}</ul>`,
  ].join('\n');
}
