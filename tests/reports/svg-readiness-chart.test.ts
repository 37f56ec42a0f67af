import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/reports/format-number.ts';
import { svgReadinessChart } from '../../src/reports/svg-readiness-chart.ts';
import { readinessBundle } from './report-fixtures.ts';
import { overlappingPairs, svgTextBoxes } from './svg-text-boxes.ts';

const bundle = readinessBundle();
if (bundle.result.kind !== 'readiness') throw new Error('the fixture is a readiness assessment');
const result = bundle.result;
// A 390 px phone less the report's side padding.
const phoneWidth = 358;
const rows = [
  ...result.dimensions.map(({ title, percent, level }) => ({ title, percent, level })),
  { title: 'Overall', percent: result.overall.percent, level: result.overall.level },
];
const valueText = (row: (typeof rows)[number]) => `${row.level.label}, ${formatNumber(row.percent)} %`;

function drawnWidth(svg: string): number {
  return Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1]);
}

describe('svgReadinessChart', () => {
  it('names the level and percentage of every bar, overall included', () => {
    const texts = svgTextBoxes(svgReadinessChart(result)).map((box) => box.text);
    for (const row of rows) {
      expect(texts).toContain(row.title);
      expect(texts).toContain(valueText(row));
    }
  });

  it('keeps the titles and level names at 10 px or more on a phone, with no text overlapping', () => {
    const svg = svgReadinessChart(result);
    const scale = phoneWidth / drawnWidth(svg);
    // A box is as tall as its font (12 where the chart leaves the size to a style sheet).
    const main = svgTextBoxes(svg).filter(({ text }) =>
      rows.some(
        (row) => text === row.title || text === valueText(row) || text.endsWith(` ${row.level.label}`),
      ),
    );
    expect(main.length).toBeGreaterThanOrEqual(rows.length * 2);
    for (const box of main) expect(box.height * scale, box.text).toBeGreaterThanOrEqual(10);
    expect(overlappingPairs(svgTextBoxes(svg))).toEqual([]);
  });

  it('describes every bar in words', () => {
    const svg = svgReadinessChart(result);
    expect(svg).toMatch(
      /^<svg [^>]*role="img"[^>]*><title>Readiness per dimension against the level bands<\/title><desc>/,
    );
    for (const row of rows) expect(svg).toContain(`${row.title}: ${valueText(row)}.`);
  });
});
