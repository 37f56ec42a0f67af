import type { ReadinessScoring } from '../questionnaires/schema.ts';
import type { PercentBand, PointsBand } from './result-schema.ts';

// Weights can make sums like 0.1 + 0.2 land a hair under an edge; an edge reached within this is reached.
const tolerance = 1e-9;

/** The declared bands: each starts at its `minPercent` (inclusive) and ends where the next starts; the top one includes 100. */
export function percentBands(scoring: ReadinessScoring): PercentBand[] {
  return scoring.levels.map((level, index) => {
    const next = scoring.levels[index + 1];
    return {
      id: level.id,
      label: level.label,
      fromPercent: level.minPercent,
      toPercent: next?.minPercent ?? 100,
      upperInclusive: next === undefined,
    };
  });
}

/** Percent to points can land a hair off a whole number (5 of 15 points at 33.3...%): round that away. */
function roundEdge(points: number): number {
  return Math.round(points * 1e9) / 1e9;
}

/** The same bands in a dimension's points, so a score of 7 of 16 can be read against edges of 4, 8 and 12. */
export function pointsBands(scoring: ReadinessScoring, maxPoints: number): PointsBand[] {
  return percentBands(scoring).map((band) => ({
    ...band,
    fromPoints: roundEdge((band.fromPercent * maxPoints) / 100),
    toPoints: roundEdge((band.toPercent * maxPoints) / 100),
  }));
}

/** The highest band whose lower edge the percentage reaches (edges are inclusive lower bounds). */
export function bandFor<Band extends PercentBand>(bands: readonly Band[], percent: number): Band {
  let chosen = bands[0];
  for (const band of bands) {
    if (percent + tolerance >= band.fromPercent) chosen = band;
  }
  if (chosen === undefined) throw new RangeError('a readiness definition has at least two levels');
  return chosen;
}
