import { chartText, estimateTextWidth, round } from './chart-text.ts';

const height = 24;
const fontSize = 14;

/** How wide the badge for `count` is: it grows with the digits so any count fits. */
export function countBadgeWidth(count: number): number {
  return Math.max(28, estimateTextWidth(String(count), fontSize) + 12);
}

export const countBadgeHeight = height;

/**
 * How many risks share a cell, as a white badge centred on (`cx`, `cy`): one badge per cell, so
 * any number of risks stays legible; the list under the chart says which risks they are.
 */
export function svgCountBadge(cx: number, cy: number, count: number): string {
  const width = countBadgeWidth(count);
  return (
    `<g class="count">` +
    `<rect x="${round(cx - width / 2)}" y="${round(cy - height / 2)}" width="${round(width)}" height="${height}" rx="${height / 2}" fill="#ffffff" stroke="#111111" stroke-width="1.5"/>` +
    chartText({
      x: cx,
      y: cy + 5,
      text: String(count),
      fontSize,
      anchor: 'middle',
      bold: true,
      fill: '#111111',
    }) +
    '</g>'
  );
}
