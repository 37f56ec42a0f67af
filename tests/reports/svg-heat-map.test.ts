import { describe, expect, it } from 'vitest';
import { svgHeatMap } from '../../src/reports/svg-heat-map.ts';
import { crowdedInput, ranked, scoring } from './risk-matrix-fixtures.ts';
import { overlappingPairs, svgTextBoxes } from './svg-text-boxes.ts';

/** The `<rect>` and `<text>` boxes of each cell group, read from the SVG. */
function cellGroups(svg: string) {
  return [...svg.matchAll(/<g class="cell"([^>]*)>([\s\S]*?<\/g>)(?=<g class="cell"|<text)/g)].map(
    ([, tag = '', body = '']) => {
      const numberIn = (pattern: RegExp, text: string) => Number(pattern.exec(text)?.[1] ?? Number.NaN);
      const rects = [
        ...body.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g),
      ].map(([, x, y, width, height]) => ({
        x: Number(x),
        y: Number(y),
        width: Number(width),
        height: Number(height),
        text: 'rect',
      }));
      return {
        count: numberIn(/data-count="(\d+)"/, tag),
        level: /data-level="([^"]*)"/.exec(tag)?.[1],
        cell: rects[0],
        badge: rects[1],
        texts: svgTextBoxes(body),
      };
    },
  );
}

const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('svgHeatMap', () => {
  it('stays legible with eighteen risks in one cell: no two texts overlap', () => {
    const svg = svgHeatMap(crowdedInput);
    expect(overlappingPairs(svgTextBoxes(svg))).toEqual([]);
  });

  it('counts the risks of a cell in one badge inside the cell, clear of the level name', () => {
    const cells = cellGroups(svgHeatMap(crowdedInput));
    expect(cells).toHaveLength(25);
    expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(ranked.length);
    expect(
      cells
        .map((cell) => cell.count)
        .sort((a, b) => b - a)
        .slice(0, 4),
    ).toEqual([18, 1, 1, 0]);
    for (const cell of cells) {
      const [label, badgeText] = cell.texts;
      if (cell.cell === undefined || label === undefined)
        throw new Error('a cell without its rectangle or level');
      expect(inside(label, cell.cell), `${label.text} inside its cell`).toBe(true);
      if (cell.count === 0) {
        expect(cell.badge).toBeUndefined();
        continue;
      }
      if (cell.badge === undefined || badgeText === undefined)
        throw new Error('an occupied cell without its badge');
      expect(badgeText.text).toBe(String(cell.count));
      expect(inside(cell.badge, cell.cell)).toBe(true);
      expect(inside(badgeText, cell.badge)).toBe(true);
      expect(overlappingPairs([label, cell.badge])).toEqual([]);
    }
  });

  it('says in words which risks sit where, for readers who cannot see the colours', () => {
    const svg = svgHeatMap(crowdedInput);
    expect(svg).toMatch(
      /^<svg [^>]*role="img"[^>]*><title>Risk matrix before safeguards: Likelihood by Severity, 20 risks rated<\/title><desc>/,
    );
    expect(svg).toContain('Likely (4) × Serious (4), Very high: 18 risks (1–18).');
    expect(svg).toContain('Rare (1) × Critical (5), High: 1 risk (19).');
    expect(svg).not.toMatch(/<script|href=|url\(|<image|<foreignObject/i);
  });

  it('writes the level name in every cell', () => {
    const svg = svgHeatMap(crowdedInput);
    const texts = svgTextBoxes(svg).map((box) => box.text);
    for (const level of scoring.levels) {
      const cells = scoring.matrix.flat().filter((id) => id === level.id).length;
      expect(
        texts.filter((text) => text === level.label),
        level.label,
      ).toHaveLength(cells);
    }
  });
});
