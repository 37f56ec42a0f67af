import { escapeMarkdown } from './escape-markdown.ts';
import { markdownList, markdownSection, markdownTable } from './markdown-table.ts';
import { levelMeaningTable, questionTable, ratedRiskTable, unratedRiskTable } from './report-tables.ts';
import type { RatedRisk, RiskSection } from './risk-section-schema.ts';

const riskNumbers = (numbers: readonly number[]) =>
  `${numbers.length === 1 ? 'risk' : 'risks'} ${numbers.join(', ')}`;

/** The matrix before safeguards in words, cell by cell, and the levels after safeguards, level by level. */
function matrixLines(section: RiskSection): string[] {
  const { likelihood, severity, cells } = section.matrix;
  const labelOf = new Map(section.levels.map((level) => [level.id, level.label]));
  const numbersIn = (likelihoodIndex: number, severityIndex: number) =>
    section.rated
      .filter((risk) => risk.likelihood.index === likelihoodIndex && risk.severity.index === severityIndex)
      .map((risk) => risk.number);
  const rows = [...cells.keys()].reverse().map((likelihoodIndex) => {
    const point = likelihood.points[likelihoodIndex];
    return [
      point === undefined ? '' : `${point.value} ${point.label}`,
      ...(cells[likelihoodIndex] ?? []).map((levelId, severityIndex) => {
        const numbers = numbersIn(likelihoodIndex, severityIndex);
        const label = labelOf.get(levelId) ?? levelId;
        return numbers.length === 0 ? label : `${label}: ${riskNumbers(numbers)}`;
      }),
    ];
  });
  const headings = [
    `${likelihood.title} (rows) by ${severity.title} (columns)`,
    ...severity.points.map((point) => `${point.value} ${point.label}`),
  ];
  const after = section.levels
    .map((level) => ({
      level,
      numbers: section.rated.filter((risk) => risk.after.id === level.id).map((risk) => risk.number),
    }))
    .filter((entry) => entry.numbers.length > 0)
    .map((entry) => `${entry.level.label}: ${riskNumbers(entry.numbers)}`);
  return [
    'Before safeguards, each rated risk sits in the cell of its likelihood and severity; the numbers are those of the table of rated risks.',
    '',
    ...markdownTable({ headings, rows }),
    '',
    'After safeguards, level by level:',
    '',
    ...markdownList(after),
    '',
    'What each level asks of the agency:',
    '',
    ...markdownTable(levelMeaningTable(section)),
  ];
}

function ratedRiskLines(risk: RatedRisk, section: RiskSection): string[] {
  return [
    `### ${risk.number}. ${escapeMarkdown(risk.title)}: ${escapeMarkdown(risk.after.label)} after safeguards`,
    '',
    escapeMarkdown(risk.explanation),
    '',
    ...risk.cautions.flatMap((caution) => [escapeMarkdown(caution), '']),
    ...markdownTable(questionTable(risk.questions)),
    '',
    ...(risk.actions.length === 0
      ? [
          `No action is suggested: actions are suggested from ${escapeMarkdown(section.thresholds.actionsFrom)} upwards.`,
        ]
      : [
          '**Suggested actions**',
          '',
          ...risk.actions.map(
            (action) =>
              `- ${escapeMarkdown(action.text)}${action.readMore === '' ? '' : ` ${escapeMarkdown(action.readMore)}`}`,
          ),
        ]),
    '',
  ];
}

/** The risk sections of the Markdown report, in the order of the HTML report. */
export function riskMarkdown(section: RiskSection, draftMark: string): string[] {
  return [
    ...markdownSection('Risk matrix', draftMark, matrixLines(section)),
    ...markdownSection(
      'Rated risks, most serious first',
      draftMark,
      markdownTable(ratedRiskTable(section), 'No risk is rated yet.'),
    ),
    ...markdownSection(
      'Risks not rated',
      draftMark,
      markdownTable(unratedRiskTable(section), 'None: every risk is rated.'),
    ),
    ...markdownSection(
      'How each risk was rated',
      draftMark,
      section.rated.length === 0
        ? ['No risk is rated yet.']
        : section.rated.flatMap((risk) => ratedRiskLines(risk, section)),
    ),
    ...markdownSection('Principles most at stake', draftMark, [
      `Principles with risks at ${escapeMarkdown(section.thresholds.atStakeFrom)} or above after safeguards, most affected first.`,
      '',
      ...markdownList(section.principlesAtStake.map((entry) => entry.sentence)),
    ]),
  ];
}
