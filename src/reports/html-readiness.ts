import { escapeHtml } from './escape-html.ts';
import { formatNumber } from './format-number.ts';
import { htmlSection, htmlTable } from './html-table.ts';
import type { ReadinessSection } from './readiness-section-schema.ts';
import { dimensionQuestionTable, dimensionTable, readinessBandTable } from './report-tables.ts';
import { svgReadinessChart } from './svg-readiness-chart.ts';

/** The dimensions weakest first: the order to work through them in. */
export function weakestFirst(section: ReadinessSection): ReadinessSection['dimensions'] {
  const byId = new Map(section.dimensions.map((dimension) => [dimension.sectionId, dimension]));
  return section.weakest.flatMap((sectionId) => byId.get(sectionId) ?? []);
}

/** The readiness sections of the HTML report: overall level and chart, dimensions, next steps, points. */
export function readinessHtml(section: ReadinessSection): string[] {
  const dimensions = dimensionTable(section);
  const bands = readinessBandTable(section);
  const nextSteps = weakestFirst(section).map((dimension) => {
    const steps = dimension.nextSteps.map(
      (step) =>
        `<p>${escapeHtml(step.text)}</p>${step.readMore === '' ? '' : `<p class="read-more">${escapeHtml(step.readMore)}</p>`}`,
    );
    const text =
      steps.length === 0 ? '<p>The questionnaire gives no next step for this level.</p>' : steps.join('');
    return `<h3>${escapeHtml(dimension.title)}: ${escapeHtml(dimension.level.label)} (${formatNumber(dimension.percent)} %)</h3>${text}`;
  });
  const scored = section.dimensions.map((dimension) => {
    const table = dimensionQuestionTable(dimension);
    return `<h3>${escapeHtml(dimension.title)}</h3><p>${escapeHtml(dimension.band)}.</p>${htmlTable(table.headings, table.rows)}`;
  });
  return [
    htmlSection('overall-readiness', 'Overall readiness', [
      `<p>Overall level: <strong>${escapeHtml(section.overall.level.label)}</strong> (${formatNumber(section.overall.percent)} %, the weighted mean of the dimensions).</p>`,
      // The model's section is the chart's plain input (ReadinessChartInput).
      svgReadinessChart(section),
      htmlTable(bands.headings, bands.rows),
    ]),
    htmlSection('dimensions', 'Dimensions', [htmlTable(dimensions.headings, dimensions.rows)]),
    htmlSection('next-steps', 'What to do next, weakest dimension first', nextSteps),
    htmlSection('dimension-details', 'How each dimension was scored', scored),
  ];
}
