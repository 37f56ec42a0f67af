/**
 * A fill colour for level `rank` of `count`, from green to red, for any number of levels. For
 * readiness a higher level is better, so the scale runs the other way.
 */
export function levelColour(rank: number, count: number, higherIsBetter = false): string {
  const position = count <= 1 ? 0 : rank / (count - 1);
  const severity = higherIsBetter ? 1 - position : position;
  const hue = Math.round(120 - 120 * severity);
  return `hsl(${hue} 70% 78%)`;
}
