import { chartFontFamily, chartText, estimateTextWidth } from './chart-text.ts';
import { escapeHtml } from './escape-html.ts';
import { formatNumberRanges } from './format-number-ranges.ts';
import { levelPaint } from './level-colour.ts';
import { cellName, levelOf, occupiedCells, riskCount } from './matrix-cells.ts';
import type { RiskMatrixInput } from './risk-matrix-input.ts';
import { svgCountBadge } from './svg-count-badge.ts';

// Input: RiskMatrixInput (src/reports/risk-matrix-input.ts); risks are placed by their inherent cell.
const cellWidth = 72;
const cellHeight = 60;
const top = 6;
const axisTitleBand = 24;

/**
 * The likelihood x severity matrix before safeguards. Every cell is coloured by its level and has
 * the level's name written in it; a cell holding risks shows how many in one badge, so eighteen
 * risks in one cell read as clearly as one. The numbers of those risks are in the SVG's
 * description, each cell's tooltip and the list `riskMatrixHtml` prints under the chart.
 */
export function svgHeatMap(input: RiskMatrixInput): string {
  const rows = input.likelihood.points.length;
  const columns = input.severity.points.length;
  const labelWidth = Math.min(
    130,
    Math.max(...input.likelihood.points.map((point) => estimateTextWidth(point.label, 11)), 20),
  );
  const left = axisTitleBand + labelWidth + 8;
  const gridBottom = top + rows * cellHeight;
  const width = left + columns * cellWidth + 4;
  const height = gridBottom + 60;
  // Likelihood rises upwards, as on a printed risk matrix.
  const yOf = (likelihoodIndex: number) => top + (rows - 1 - likelihoodIndex) * cellHeight;
  const xOf = (severityIndex: number) => left + severityIndex * cellWidth;
  const occupied = new Map(
    occupiedCells(input).map((cell) => [`${cell.likelihoodIndex}:${cell.severityIndex}`, cell]),
  );
  const parts: string[] = [];
  input.matrix.forEach((row, likelihoodIndex) => {
    row.forEach((levelId, severityIndex) => {
      const { level, rank } = levelOf(input, levelId);
      const paint = levelPaint(Math.max(rank, 0), input.levels.length);
      const [x, y] = [xOf(severityIndex), yOf(likelihoodIndex)];
      const cell = occupied.get(`${likelihoodIndex}:${severityIndex}`);
      const count = cell?.risks.length ?? 0;
      const tooltip =
        cell === undefined
          ? `${cellName(input, likelihoodIndex, severityIndex)}: ${level.label}, no risks`
          : `${cellName(input, likelihoodIndex, severityIndex)}: ${level.label}, ${riskCount(count)}: ${cell.risks.map((risk) => `${risk.number}. ${risk.title}`).join('; ')}`;
      parts.push(
        `<g class="cell" data-likelihood="${likelihoodIndex}" data-severity="${severityIndex}" data-level="${escapeHtml(level.id)}" data-count="${count}">`,
        `<title>${escapeHtml(tooltip)}</title>`,
        `<rect x="${x}" y="${y}" width="${cellWidth}" height="${cellHeight}" fill="${paint.fill}" stroke="#ffffff" stroke-width="2"/>`,
        chartText({
          x: x + cellWidth / 2,
          y: y + 17,
          text: level.label,
          fontSize: 12,
          maxWidth: cellWidth - 8,
          anchor: 'middle',
          bold: true,
          fill: paint.ink,
        }),
        count === 0 ? '' : svgCountBadge(x + cellWidth / 2, y + 40, count),
        '</g>',
      );
    });
  });
  input.likelihood.points.forEach((point, index) => {
    const middle = yOf(index) + cellHeight / 2;
    parts.push(
      chartText({
        x: left - 8,
        y: middle - 2,
        text: String(point.value),
        fontSize: 12,
        anchor: 'end',
        bold: true,
      }),
      chartText({
        x: left - 8,
        y: middle + 12,
        text: point.label,
        fontSize: 11,
        maxWidth: labelWidth,
        anchor: 'end',
      }),
    );
  });
  input.severity.points.forEach((point, index) => {
    const centre = xOf(index) + cellWidth / 2;
    parts.push(
      chartText({
        x: centre,
        y: gridBottom + 16,
        text: String(point.value),
        fontSize: 12,
        anchor: 'middle',
        bold: true,
      }),
      chartText({
        x: centre,
        y: gridBottom + 31,
        text: point.label,
        fontSize: 11,
        maxWidth: cellWidth - 6,
        anchor: 'middle',
      }),
    );
  });
  const middle = top + (rows * cellHeight) / 2;
  parts.push(
    chartText({
      x: left + (columns * cellWidth) / 2,
      y: gridBottom + 52,
      text: input.severity.title,
      fontSize: 13,
      maxWidth: columns * cellWidth,
      anchor: 'middle',
      bold: true,
    }),
    chartText({
      x: 14,
      y: middle,
      text: input.likelihood.title,
      fontSize: 13,
      maxWidth: rows * cellHeight,
      anchor: 'middle',
      bold: true,
      transform: `rotate(-90 14 ${middle})`,
    }),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" class="heat-map" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${chartFontFamily}"><title>${escapeHtml(heatMapTitle(input))}</title><desc>${escapeHtml(heatMapDescription(input))}</desc>${parts.join('')}</svg>`;
}

function heatMapTitle(input: RiskMatrixInput): string {
  return `Risk matrix before safeguards: ${input.likelihood.title} by ${input.severity.title}, ${riskCount(input.risks.length)} rated`;
}

/** The chart in words, for screen readers and for anyone who cannot tell the colours apart. */
function heatMapDescription(input: RiskMatrixInput): string {
  const cells = occupiedCells(input).map(
    (cell) =>
      `${cellName(input, cell.likelihoodIndex, cell.severityIndex)}, ${cell.level.label}: ${riskCount(cell.risks.length)} (${formatNumberRanges(cell.risks.map((risk) => risk.number))})`,
  );
  return cells.length === 0 ? 'No risk is rated yet.' : `${cells.join('. ')}. Other cells hold no risks.`;
}
