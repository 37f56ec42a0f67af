import type { ReadinessResult } from '../scoring/result-schema.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { formatNumber } from './format-number.ts';
import { markdownTable, markdownTraceTables } from './markdown-table.ts';
import { dimensionTableHeadings, dimensionTableRows } from './report-tables.ts';
import { readinessTraceTables } from './trace-tables.ts';

/** Overall level, dimension table with band edges, weakest dimensions and next steps. */
export function readinessMarkdown(result: ReadinessResult): string[] {
  const titleOf = (sectionId: string) =>
    result.dimensions.find((dimension) => dimension.sectionId === sectionId)?.title ?? sectionId;
  const bandEdges = result.overall.bands
    .map((band) => `${band.label} from ${formatNumber(band.fromPercent)} %`)
    .join(', ');
  return [
    '## Overall readiness',
    '',
    `Overall level: **${escapeMarkdown(result.overall.level.label)}** (${formatNumber(result.overall.percent)} %, the weighted mean of the dimensions). Bands: ${escapeMarkdown(bandEdges)}; each lower edge is included in its band.`,
    '',
    '## Dimensions',
    '',
    ...markdownTable(dimensionTableHeadings, dimensionTableRows(result)),
    '',
    '## Weakest dimensions',
    '',
    ...result.weakestDimensions.map(
      (sectionId, index) => `${index + 1}. ${escapeMarkdown(titleOf(sectionId))}`,
    ),
    '',
    '## Recommended next steps',
    '',
    ...result.nextSteps.map((step) => {
      const passages =
        step.passages.length === 0 ? '' : ` (see: ${step.passages.map((id) => `\`${id}\``).join(', ')})`;
      return `- **${escapeMarkdown(titleOf(step.sectionId))}** (${escapeMarkdown(step.levelId)}): ${escapeMarkdown(step.text)}${passages}`;
    }),
    '',
    '## How each figure was produced',
    '',
    ...markdownTraceTables(readinessTraceTables(result)),
  ];
}
