import { chartFontFamily, chartText, estimateTextWidth, fittedFontSize, round } from './chart-text.ts';
import { escapeHtml } from './escape-html.ts';
import { formatNumber } from './format-number.ts';
import { levelPaint } from './level-colour.ts';

/**
 * The input of `svgReadinessChart`: plain data (a scoring `ReadinessResult` fits as is).
 * - `dimensions`: one bar each, in report order: title, percent (0 to 100) and the level reached.
 * - `overall`: the weighted overall percent and level, and the level bands, lowest first; a band
 *   spans `fromPercent` to `toPercent`.
 */
export type ReadinessChartInput = {
  dimensions: ReadonlyArray<{ title: string; percent: number; level: { label: string } }>;
  overall: {
    percent: number;
    level: { label: string };
    bands: ReadonlyArray<{ label: string; fromPercent: number; toPercent: number }>;
  };
};

const width = 436;
const left = 6;
const track = width - 2 * left;
const rowHeight = 46;
const top = 24;
const fontSize = 13;

/**
 * One bar per dimension and one overall, over the tinted level bands; each bar names its level
 * and percentage at its end (inside a bar too long to leave room after it), so the chart reads
 * without colour and stays legible on a phone: titles sit above the bars, leaving them the width.
 */
export function svgReadinessChart(input: ReadinessChartInput): string {
  const rows = [
    ...input.dimensions.map((bar) => ({
      title: bar.title,
      percent: bar.percent,
      level: bar.level,
      overall: false,
    })),
    { title: 'Overall', percent: input.overall.percent, level: input.overall.level, overall: true },
  ];
  const { bands } = input.overall;
  const bottom = top + rows.length * rowHeight;
  const height = bottom + 22;
  const xOf = (percent: number) => left + (track * Math.min(Math.max(percent, 0), 100)) / 100;
  const parts: string[] = [];
  // One size for every band name, the largest at which each fits its band.
  const bandFont = Math.min(
    ...bands.map((band) => fittedFontSize(band.label, 12, xOf(band.toPercent) - xOf(band.fromPercent) - 4)),
    12,
  );
  bands.forEach((band, rank) => {
    const [from, to] = [xOf(band.fromPercent), xOf(band.toPercent)];
    const edgeAnchor = band.fromPercent <= 0 ? 'start' : 'middle';
    parts.push(
      `<rect x="${round(from)}" y="${top}" width="${round(to - from)}" height="${bottom - top}" fill="${levelPaint(rank, bands.length, true).fill}" fill-opacity="0.35"/>`,
      `<line x1="${round(from)}" y1="${top - 4}" x2="${round(from)}" y2="${bottom}" class="edge" stroke="#555555" stroke-dasharray="3 3"/>`,
      chartText({
        x: (from + to) / 2,
        y: 15,
        text: band.label,
        fontSize: bandFont,
        maxWidth: to - from - 4,
        anchor: 'middle',
      }),
      chartText({
        x: from,
        y: bottom + 15,
        text: `${formatNumber(band.fromPercent)} %`,
        fontSize: 11,
        anchor: edgeAnchor,
      }),
    );
  });
  parts.push(chartText({ x: xOf(100), y: bottom + 15, text: '100 %', fontSize: 11, anchor: 'end' }));
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    const end = xOf(row.percent);
    const value = `${row.level.label}, ${formatNumber(row.percent)} %`;
    const valueWidth = estimateTextWidth(value, fontSize);
    const inside = end + 6 + valueWidth > width - 2;
    parts.push(
      row.overall
        ? `<line x1="${left}" y1="${y + 1}" x2="${width - 4}" y2="${y + 1}" stroke="#111111"/>`
        : '',
      chartText({
        x: left,
        y: y + 15,
        text: row.title,
        fontSize,
        maxWidth: width - left - 4,
        bold: row.overall,
        halo: true,
      }),
      `<rect x="${left}" y="${y + 22}" width="${round(end - left)}" height="16" class="${row.overall ? 'bar overall' : 'bar'}" fill="${row.overall ? '#111111' : '#2f4b7c'}"><title>${escapeHtml(`${row.title}: ${value}`)}</title></rect>`,
      inside
        ? chartText({
            x: end - 6,
            y: y + 35,
            text: value,
            fontSize,
            maxWidth: end - left - 12,
            anchor: 'end',
            bold: true,
            fill: '#ffffff',
          })
        : chartText({ x: end + 6, y: y + 35, text: value, fontSize, bold: true, halo: true }),
    );
  });
  const description = rows
    .map((row) => `${row.title}: ${row.level.label}, ${formatNumber(row.percent)} %.`)
    .join(' ');
  const bandsInWords = bands
    .map((band) => `${band.label} from ${formatNumber(band.fromPercent)} %`)
    .join(', ');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="readiness-chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${chartFontFamily}"><title>Readiness per dimension against the level bands</title><desc>${escapeHtml(`${description} Bands: ${bandsInWords}.`)}</desc>${parts.join('')}</svg>`;
}
