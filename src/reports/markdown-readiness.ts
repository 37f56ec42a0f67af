import { escapeMarkdown } from './escape-markdown.ts';
import { formatNumber } from './format-number.ts';
import { weakestFirst } from './html-readiness.ts';
import { markdownSection, markdownTable } from './markdown-table.ts';
import type { ReadinessSection } from './readiness-section-schema.ts';
import { dimensionQuestionTable, dimensionTable, readinessBandTable } from './report-tables.ts';

/** The readiness sections of the Markdown report, in the order of the HTML report. */
export function readinessMarkdown(section: ReadinessSection, draftMark: string): string[] {
  const nextSteps = weakestFirst(section).flatMap((dimension) => {
    const steps = dimension.nextSteps.flatMap((step) => [
      escapeMarkdown(step.text),
      '',
      ...(step.readMore === '' ? [] : [escapeMarkdown(step.readMore), '']),
    ]);
    return [
      `### ${escapeMarkdown(dimension.title)}: ${escapeMarkdown(dimension.level.label)} (${formatNumber(dimension.percent)} %)`,
      '',
      ...(steps.length === 0 ? ['The questionnaire gives no next step for this level.', ''] : steps),
    ];
  });
  const scored = section.dimensions.flatMap((dimension) => [
    `### ${escapeMarkdown(dimension.title)}`,
    '',
    `${escapeMarkdown(dimension.band)}.`,
    '',
    ...markdownTable(dimensionQuestionTable(dimension)),
    '',
  ]);
  return [
    ...markdownSection('Overall readiness', draftMark, [
      `Overall level: **${escapeMarkdown(section.overall.level.label)}** (${formatNumber(section.overall.percent)} %, the weighted mean of the dimensions).`,
      '',
      ...markdownTable(readinessBandTable(section)),
    ]),
    ...markdownSection('Dimensions', draftMark, markdownTable(dimensionTable(section))),
    ...markdownSection('What to do next, weakest dimension first', draftMark, nextSteps),
    ...markdownSection('How each dimension was scored', draftMark, scored),
  ];
}
