import { chartFontFamily, chartText } from './chart-text.ts';
import { escapeHtml } from './escape-html.ts';
import { formatNumberRanges } from './format-number-ranges.ts';
import { levelPaint } from './level-colour.ts';
import { residualGroups, riskCount } from './matrix-cells.ts';
import type { RiskMatrixInput } from './risk-matrix-input.ts';
import { countBadgeWidth, svgCountBadge } from './svg-count-badge.ts';

// Input: RiskMatrixInput (src/reports/risk-matrix-input.ts); risks are counted by their residual level.
const width = 220;
const rowHeight = 56;
const top = 6;
const inset = 4;

/**
 * The levels after safeguards, highest first, each coloured as in the matrix, named, and with a
 * badge counting its risks. Safeguards lower a risk's level, not its likelihood or severity, so
 * the residual view is a column of levels rather than a second matrix.
 */
export function svgResidualLevels(input: RiskMatrixInput): string {
  const groups = residualGroups(input);
  const height = top + groups.length * rowHeight + 6;
  const parts = groups.map((group, index) => {
    const y = top + index * rowHeight;
    const paint = levelPaint(group.rank, input.levels.length);
    const count = group.risks.length;
    const badgeRoom = count === 0 ? 0 : countBadgeWidth(count) + 12;
    const tooltip =
      count === 0
        ? `${group.level.label} after safeguards: no risks`
        : `${group.level.label} after safeguards, ${riskCount(count)}: ${group.risks.map((risk) => `${risk.number}. ${risk.title}`).join('; ')}`;
    return [
      `<g class="level-row" data-level="${escapeHtml(group.level.id)}" data-count="${count}">`,
      `<title>${escapeHtml(tooltip)}</title>`,
      `<rect x="${inset}" y="${y}" width="${width - 2 * inset}" height="${rowHeight}" fill="${paint.fill}" stroke="#ffffff" stroke-width="2"/>`,
      chartText({
        x: inset + 12,
        y: y + rowHeight / 2 + 5,
        text: group.level.label,
        fontSize: 13,
        maxWidth: width - 2 * inset - 24 - badgeRoom,
        bold: true,
        fill: paint.ink,
      }),
      count === 0
        ? ''
        : svgCountBadge(width - inset - 12 - countBadgeWidth(count) / 2, y + rowHeight / 2, count),
      '</g>',
    ].join('');
  });
  const description = groups
    .filter((group) => group.risks.length > 0)
    .map(
      (group) =>
        `${group.level.label}: ${riskCount(group.risks.length)} (${formatNumberRanges(group.risks.map((risk) => risk.number))})`,
    );
  const summary = description.length === 0 ? 'No risk is rated yet.' : `${description.join('. ')}.`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="residual-levels" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${chartFontFamily}"><title>${escapeHtml(`Risk levels after safeguards, ${riskCount(input.risks.length)} rated`)}</title><desc>${escapeHtml(summary)}</desc>${parts.join('')}</svg>`;
}
