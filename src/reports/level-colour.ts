import { contrastRatio } from './colour-contrast.ts';

// ColorBrewer's five-class YlOrRd (colorbrewer2.org, Cynthia Brewer): a sequential ramp listed as
// safe for colour-blind readers. Its lightness falls at every step, so neighbouring levels stay
// apart in a grey-scale print as well; the level name is written beside the colour anyway.
const ramp = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
const darkInk = '#000000';
const lightInk = '#ffffff';

export type LevelPaint = {
  /** The level's fill, `#rrggbb`. */
  fill: string;
  /** Text drawn on that fill: black or white, whichever contrasts more (never below 4.58 to 1). */
  ink: string;
};

function channelsOf(hex: string): number[] {
  return [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
}

function hexOf(channels: readonly number[]): string {
  return `#${channels.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}

/** The ramp's colour at `position` (0 lightest, 1 darkest), blended between its two nearest anchors. */
function rampAt(position: number): string {
  const scaled = Math.min(Math.max(position, 0), 1) * (ramp.length - 1);
  const lower = Math.floor(scaled);
  const upper = Math.min(lower + 1, ramp.length - 1);
  const from = channelsOf(ramp[lower] ?? ramp[0] ?? darkInk);
  const to = channelsOf(ramp[upper] ?? ramp[0] ?? darkInk);
  const share = scaled - lower;
  return hexOf(from.map((value, index) => value + ((to[index] ?? value) - value) * share));
}

/**
 * Fill and ink for level `rank` of `count` (lowest rank first), for any number of levels: the
 * lowest risk is the lightest. For readiness a higher level is better, so the ramp runs the other way.
 */
export function levelPaint(rank: number, count: number, higherIsBetter = false): LevelPaint {
  const position = count <= 1 ? 0 : rank / (count - 1);
  const fill = rampAt(higherIsBetter ? 1 - position : position);
  const ink = contrastRatio(fill, darkInk) >= contrastRatio(fill, lightInk) ? darkInk : lightInk;
  return { fill, ink };
}

/** The fill alone, for swatches and level chips. */
export function levelColour(rank: number, count: number, higherIsBetter = false): string {
  return levelPaint(rank, count, higherIsBetter).fill;
}
