import { describe, expect, it } from 'vitest';
import { levelColour, levelPaint } from '../../src/reports/level-colour.ts';

/** sRGB channels 0..1 of `#rrggbb` or `hsl(h s% l%)`: the test's own reading, independent of the palette code. */
function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex !== null)
    return [hex[1], hex[2], hex[3]].map((part) => Number.parseInt(part ?? '0', 16) / 255) as never;
  const hsl = /^hsl\((\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)%\s+(\d+(?:\.\d+)?)%\)$/.exec(colour);
  if (hsl === null) throw new Error(`unreadable colour ${colour}`);
  const [hue, saturation, lightness] = [Number(hsl[1]), Number(hsl[2]) / 100, Number(hsl[3]) / 100];
  const chroma = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return lightness - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [channel(0), channel(8), channel(4)];
}

/** WCAG 2 relative luminance: what a grey-scale print or a colour-blind reader still tells apart. */
function luminance(colour: string): number {
  const linear = channels(colour).map((value) =>
    value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
}

function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('levelColour', () => {
  it('keeps Low, Medium, High and Very high apart in grey scale, darker as the risk rises', () => {
    const fills = [0, 1, 2, 3].map((rank) => levelColour(rank, 4));
    for (let rank = 1; rank < fills.length; rank += 1) {
      const [lower, higher] = [fills[rank - 1] ?? '', fills[rank] ?? ''];
      expect(luminance(higher), `${lower} then ${higher}`).toBeLessThan(luminance(lower));
      expect(contrast(lower, higher), `${lower} against ${higher}`).toBeGreaterThanOrEqual(1.4);
    }
  });

  it('darkens steadily for any number of levels, and runs the other way when higher is better', () => {
    for (let count = 2; count <= 7; count += 1) {
      const fills = Array.from({ length: count }, (_, rank) => luminance(levelColour(rank, count)));
      expect(fills).toEqual([...fills].sort((a, b) => b - a));
      expect(new Set(fills).size).toBe(count);
      const better = Array.from({ length: count }, (_, rank) => levelColour(rank, count, true));
      expect(better).toEqual(
        Array.from({ length: count }, (_, rank) => levelColour(count - 1 - rank, count)),
      );
    }
  });
});

describe('levelPaint', () => {
  it('writes each level in an ink that reads on its fill (WCAG AA, 4.5 to 1)', () => {
    for (let count = 2; count <= 7; count += 1) {
      for (let rank = 0; rank < count; rank += 1) {
        const { fill, ink } = levelPaint(rank, count);
        expect(contrast(fill, ink), `level ${rank} of ${count}: ${ink} on ${fill}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
  });
});
