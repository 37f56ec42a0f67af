import { describe, expect, it } from 'vitest';
import { svgResidualLevels } from '../../src/reports/svg-residual-levels.ts';
import { crowdedInput, ranked, scoring } from './risk-matrix-fixtures.ts';
import { overlappingPairs, svgTextBoxes } from './svg-text-boxes.ts';

describe('svgResidualLevels', () => {
  it('names every level, highest first, and counts the risks left at each after safeguards', () => {
    const svg = svgResidualLevels(crowdedInput);
    const rows = [...svg.matchAll(/<g class="level-row" data-level="([^"]+)" data-count="(\d+)">/g)];
    expect(rows.map(([, level, count]) => [level, Number(count)])).toEqual([
      ['very-high', 0],
      ['high', 18],
      ['medium', 1],
      ['low', 1],
    ]);
    expect(rows.reduce((sum, [, , count]) => sum + Number(count), 0)).toBe(ranked.length);
    const texts = svgTextBoxes(svg).map((box) => box.text);
    expect(texts).toEqual(['Very high', 'High', '18', 'Medium', '1', 'Low', '1']);
    expect(scoring.levels.map((level) => level.label).reverse()).toEqual(
      texts.filter((text) => !/\d/.test(text)),
    );
  });

  it('keeps labels and counts apart and describes the chart in words', () => {
    const svg = svgResidualLevels(crowdedInput);
    expect(overlappingPairs(svgTextBoxes(svg))).toEqual([]);
    expect(svg).toContain('<title>Risk levels after safeguards, 20 risks rated</title>');
    expect(svg).toContain('<desc>High: 18 risks (1–18). Medium: 1 risk (19). Low: 1 risk (20).</desc>');
  });
});
