import { describe, expect, it } from 'vitest';
import { riskMatrixHtml } from '../../src/reports/html-risk-matrix.ts';
import { crowdedInput } from './risk-matrix-fixtures.ts';

describe('riskMatrixHtml', () => {
  it('draws the levels before and after safeguards side by side', () => {
    const html = riskMatrixHtml(crowdedInput);
    expect(html).toMatch(
      /<div class="risk-charts">\n<figure class="chart"><figcaption>Before safeguards \(inherent level\)<\/figcaption><svg [^>]*class="heat-map"[\s\S]*<\/svg><\/figure>\n<figure class="chart"><figcaption>After safeguards \(residual level\)<\/figcaption><svg [^>]*class="residual-levels"/,
    );
  });

  it('lists each cell and each level with its risks by their numbers in the risk table', () => {
    const html = riskMatrixHtml(crowdedInput);
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map(([, item = '']) =>
      item.replace(/<[^>]+>/g, '').replaceAll('&nbsp;', ' '),
    );
    expect(items.slice(0, 6)).toEqual([
      'Very high Likely (4) × Serious (4): 18 risks, numbers 1–18',
      'High Rare (1) × Critical (5): 1 risk, number 19',
      'Medium Almost certain (5) × Negligible (1): 1 risk, number 20',
      'High 18 risks, numbers 1–18',
      'Medium 1 risk, number 19',
      'Low 1 risk, number 20',
    ]);
  });

  it('writes each level on its own colour, in an ink that reads on it', () => {
    const html = riskMatrixHtml(crowdedInput);
    expect(html).toContain(
      '<span class="level-chip" style="background:#bd0026;color:#ffffff">Very high</span>',
    );
    expect(html).toContain('<span class="level-chip" style="background:#ffffb2;color:#000000">Low</span>');
  });
});
