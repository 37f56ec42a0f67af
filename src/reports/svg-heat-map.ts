import type { RiskScoring, Scale } from '../questionnaires/schema.ts';
import type { RiskItemResult } from '../scoring/result-schema.ts';
import { escapeHtml } from './escape-html.ts';
import { levelColour } from './level-colour.ts';

const cell = 64;
const left = 120;
const top = 16;
const bottom = 70;

export type HeatMapInput = {
  scoring: RiskScoring;
  likelihoodScale: Scale;
  severityScale: Scale;
  /** Rated risks in ranking order; marker n is the n-th of them, placed in its inherent cell. */
  ranked: readonly RiskItemResult[];
};

/** Positions for `count` markers inside one cell, in a small grid so they never sit on top of each other. */
function markerOffsets(count: number): Array<{ x: number; y: number; radius: number }> {
  const columns = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / columns);
  const spacing = cell / (columns + 1);
  const radius = Math.min(11, spacing / 2 - 1);
  return Array.from({ length: count }, (_, index) => ({
    x: spacing * ((index % columns) + 1),
    y: (cell / (rows + 1)) * (Math.floor(index / columns) + 1),
    radius,
  }));
}

/** The likelihood x severity matrix coloured by level, with the system's risks as numbered markers. */
export function svgHeatMap({ scoring, likelihoodScale, severityScale, ranked }: HeatMapInput): string {
  const rows = likelihoodScale.points.length;
  const columns = severityScale.points.length;
  const width = left + columns * cell + 8;
  const height = top + rows * cell + bottom;
  // Likelihood rises upwards, as on a printed risk matrix.
  const yOf = (index: number) => top + (rows - 1 - index) * cell;
  const xOf = (index: number) => left + index * cell;
  const parts: string[] = [];
  scoring.matrix.forEach((row, likelihoodIndex) => {
    row.forEach((levelId, severityIndex) => {
      const rank = scoring.levels.findIndex((level) => level.id === levelId);
      const label = scoring.levels[rank]?.label ?? levelId;
      parts.push(
        `<rect x="${xOf(severityIndex)}" y="${yOf(likelihoodIndex)}" width="${cell}" height="${cell}" fill="${levelColour(rank, scoring.levels.length)}" stroke="#fff" stroke-width="2"><title>${escapeHtml(label)}</title></rect>`,
      );
    });
  });
  likelihoodScale.points.forEach((point, index) => {
    parts.push(
      `<text x="${left - 8}" y="${yOf(index) + cell / 2 + 4}" text-anchor="end" class="axis">${escapeHtml(`${point.value} ${point.label}`)}</text>`,
    );
  });
  severityScale.points.forEach((point, index) => {
    const x = xOf(index) + cell / 2;
    parts.push(
      `<text x="${x}" y="${top + rows * cell + 16}" text-anchor="middle" class="axis">${point.value}</text>`,
    );
    parts.push(
      `<text x="${x}" y="${top + rows * cell + 30}" text-anchor="middle" class="axis small">${escapeHtml(point.label)}</text>`,
    );
  });
  parts.push(
    `<text x="${left + (columns * cell) / 2}" y="${height - 12}" text-anchor="middle" class="axis-title">${escapeHtml(severityScale.title)}</text>`,
    `<text x="14" y="${top + (rows * cell) / 2}" text-anchor="middle" class="axis-title" transform="rotate(-90 14 ${top + (rows * cell) / 2})">${escapeHtml(likelihoodScale.title)}</text>`,
  );
  const byCell = new Map<string, number[]>();
  ranked.forEach((risk, index) => {
    if (risk.likelihood === null || risk.severity === null) return;
    const key = `${risk.likelihood.index}:${risk.severity.index}`;
    byCell.set(key, [...(byCell.get(key) ?? []), index]);
  });
  for (const [key, indices] of byCell) {
    const [likelihoodIndex, severityIndex] = key.split(':').map(Number);
    const offsets = markerOffsets(indices.length);
    indices.forEach((riskIndex, position) => {
      const offset = offsets[position];
      const risk = ranked[riskIndex];
      if (offset === undefined || risk === undefined) return;
      const cx = xOf(severityIndex ?? 0) + offset.x;
      const cy = yOf(likelihoodIndex ?? 0) + offset.y;
      parts.push(
        `<g class="marker"><title>${escapeHtml(`${riskIndex + 1}. ${risk.title}`)}</title><circle cx="${cx}" cy="${cy}" r="${offset.radius}"/><text x="${cx}" y="${cy + 4}" text-anchor="middle">${riskIndex + 1}</text></g>`,
      );
    });
  }
  const summary = `Risk matrix of ${escapeHtml(likelihoodScale.title)} by ${escapeHtml(severityScale.title)} with ${ranked.length} rated risks`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="heat-map" role="img" aria-label="${summary}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${parts.join('')}</svg>`;
}

/** The colour key for the heat map. */
export function heatMapLegend(scoring: RiskScoring): string {
  const items = scoring.levels.map(
    (level, rank) =>
      `<li><span class="swatch" style="background:${levelColour(rank, scoring.levels.length)}"></span>${escapeHtml(level.label)}${level.description === undefined ? '' : `: ${escapeHtml(level.description)}`}</li>`,
  );
  return `<ul class="legend">${items.join('')}</ul>`;
}
