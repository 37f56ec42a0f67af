import type { ReadinessResult } from '../scoring/result-schema.ts';
import { escapeHtml } from './escape-html.ts';
import { formatNumber } from './format-number.ts';
import { levelColour } from './level-colour.ts';

const labelWidth = 300;
const barWidth = 400;
const rowHeight = 30;
const top = 28;

/** Horizontal bars per dimension (and overall) over the level bands, with the band edges marked. */
export function svgReadinessChart(result: ReadinessResult): string {
  const rows = [
    ...result.dimensions.map((dimension) => ({
      title: dimension.title,
      percent: dimension.percent,
      level: dimension.level.label,
    })),
    { title: 'Overall', percent: result.overall.percent, level: result.overall.level.label },
  ];
  const bands = result.overall.bands;
  const height = top + rows.length * rowHeight + 22;
  const width = labelWidth + barWidth + 170;
  const xOf = (percent: number) => labelWidth + (barWidth * Math.min(Math.max(percent, 0), 100)) / 100;
  const parts: string[] = [];
  bands.forEach((band, rank) => {
    const x = xOf(band.fromPercent);
    parts.push(
      `<rect x="${x}" y="${top - 4}" width="${xOf(band.toPercent) - x}" height="${rows.length * rowHeight}" fill="${levelColour(rank, bands.length, true)}" opacity="0.45"/>`,
      `<line x1="${x}" y1="${top - 8}" x2="${x}" y2="${top + rows.length * rowHeight - 4}" class="edge"/>`,
      `<text x="${(x + xOf(band.toPercent)) / 2}" y="${top - 12}" text-anchor="middle" class="axis small">${escapeHtml(band.label)}</text>`,
      `<text x="${x}" y="${top + rows.length * rowHeight + 10}" text-anchor="middle" class="axis small">${formatNumber(band.fromPercent)} %</text>`,
    );
  });
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    const overall = index === rows.length - 1;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" class="${overall ? 'axis-title' : 'axis'}">${escapeHtml(row.title)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${xOf(row.percent) - labelWidth}" height="${rowHeight - 12}" class="${overall ? 'bar overall' : 'bar'}"><title>${escapeHtml(`${row.title}: ${formatNumber(row.percent)} %, ${row.level}`)}</title></rect>`,
      `<text x="${labelWidth + barWidth + 8}" y="${y + 16}" class="axis">${escapeHtml(`${formatNumber(row.percent)} % ${row.level}`)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="readiness-chart" role="img" aria-label="Readiness per dimension against the level bands" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${parts.join('')}</svg>`;
}
