import type { ReadinessResult } from '../scoring/result-schema.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { formatNumber } from './format-number.ts';
import { markdownTable } from './markdown-table.ts';

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
    ...markdownTable(
      ['Dimension', 'Points', 'Percent', 'Level', 'Level band (points)', 'Answered', 'Open items'],
      result.dimensions.map((dimension) => [
        dimension.title,
        `${formatNumber(dimension.points, 2)} of ${formatNumber(dimension.maxPoints, 2)}`,
        `${formatNumber(dimension.percent)} %`,
        dimension.level.label,
        `${formatNumber(dimension.level.fromPoints, 2)} to ${formatNumber(dimension.level.toPoints, 2)}${dimension.level.upperInclusive ? '' : ' (exclusive)'}`,
        `${dimension.counts.answered} of ${dimension.counts.shown}`,
        String(dimension.openItems.length),
      ]),
    ),
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
    ...result.dimensions.flatMap((dimension) => [
      `### ${escapeMarkdown(dimension.title)}`,
      '',
      ...markdownTable(
        ['Question', 'Rule', 'Points', 'Note'],
        dimension.trace.map((entry) => [
          entry.questionId ?? '',
          entry.rule,
          formatNumber(entry.contribution, 2),
          entry.note,
        ]),
      ),
      '',
    ]),
  ];
}
