import type { ReadinessResult } from '../scoring/result-schema.ts';
import { escapeHtml } from './escape-html.ts';
import { formatNumber } from './format-number.ts';
import { htmlList, htmlTable, htmlTraceTables } from './html-table.ts';
import { dimensionTableHeadings, dimensionTableRows } from './report-tables.ts';
import { svgReadinessChart } from './svg-readiness-chart.ts';
import { readinessTraceTables } from './trace-tables.ts';

/** Readiness sections of the HTML report: chart, dimension table, weakest dimensions, next steps, traces. */
export function readinessHtml(result: ReadinessResult): string {
  const titleOf = (sectionId: string) =>
    result.dimensions.find((dimension) => dimension.sectionId === sectionId)?.title ?? sectionId;
  const withPassages = (text: string, passages: readonly string[]) =>
    passages.length === 0 ? text : `${text} (see: ${passages.join(', ')})`;
  return [
    '<h2>Overall readiness</h2>',
    `<p>Overall level: <strong>${escapeHtml(result.overall.level.label)}</strong> (${formatNumber(result.overall.percent)} %, the weighted mean of the dimensions). Each band includes its lower edge.</p>`,
    svgReadinessChart(result),
    '<h2>Dimensions</h2>',
    htmlTable(dimensionTableHeadings, dimensionTableRows(result)),
    '<h2>Weakest dimensions</h2>',
    `<ol>${result.weakestDimensions.map((sectionId) => `<li>${escapeHtml(titleOf(sectionId))}</li>`).join('')}</ol>`,
    '<h2>Recommended next steps</h2>',
    htmlList(
      result.nextSteps.map(
        (step) => `${titleOf(step.sectionId)} (${step.levelId}): ${withPassages(step.text, step.passages)}`,
      ),
    ),
    '<h2>How each figure was produced</h2>',
    ...htmlTraceTables(readinessTraceTables(result)),
  ].join('\n');
}
