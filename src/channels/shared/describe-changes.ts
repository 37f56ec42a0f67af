import type { AssessmentDiff } from '../../conversation/assistant.ts';
import { inlineUserText } from '../../conversation/quote-user-text.ts';

type RiskChange = AssessmentDiff['risks'][number];

const riskHeadings: ReadonlyArray<[RiskChange['direction'], string]> = [
  ['up', 'Risks whose level went up'],
  ['down', 'Risks whose level went down'],
  ['new', 'Risks rated now that were not before'],
  ['gone', 'Risks no longer rated'],
];

/** Answers listed in one message before the rest are counted: the report has them all. */
const maxAnswers = 25;

/**
 * "changes": what moved since the assessment this one reassesses, risks first (what a reviewer
 * looks at), then the answers and the open items, in plain words.
 */
export function describeChanges(diff: AssessmentDiff, since: string): string {
  const before = diff.overall.before?.label ?? 'none rated';
  const after = diff.overall.after?.label ?? 'none rated';
  const overall =
    diff.overall.before?.id === diff.overall.after?.id
      ? `Overall level unchanged: **${after}**.`
      : `Overall level: **${before}** before, **${after}** now.`;
  const risks = riskHeadings.flatMap(([direction, heading]) => {
    const moved = diff.risks.filter((risk) => risk.direction === direction);
    if (moved.length === 0) return [];
    return [
      '',
      `**${heading}**`,
      ...moved.map(
        (risk) =>
          `- ${inlineUserText(risk.title)}: ${risk.before?.label ?? 'not rated'} → **${risk.after?.label ?? 'not rated'}**`,
      ),
    ];
  });
  const shown = diff.answers.slice(0, maxAnswers);
  const answers =
    diff.answers.length === 0
      ? ['', 'No answer changed.']
      : [
          '',
          `**Answers that changed (${diff.answers.length})**`,
          ...shown.map(
            (answer) =>
              `- ${inlineUserText(answer.prompt)}: ${inlineUserText(answer.before ?? 'not answered')} → ${inlineUserText(answer.after ?? 'not answered')}`,
          ),
          ...(diff.answers.length > shown.length
            ? [`- …and ${diff.answers.length - shown.length} more: the full report lists them all.`]
            : []),
        ];
  const { opened, closed } = diff.openItems;
  const openItems = [
    ...(opened.length === 0 ? [] : ['', `**Open items opened (${opened.length})**`]),
    ...opened.map((item) => `- ${inlineUserText(item.prompt)}`),
    ...(closed.length === 0 ? [] : ['', `**Open items closed (${closed.length})**`]),
    ...closed.map((item) => `- ${inlineUserText(item.prompt)}`),
  ];
  return [
    `**Changes since ${since}**`,
    '',
    overall,
    ...(risks.length === 0 && diff.questionnaireId === 'risk' ? ['', 'No risk changed level.'] : risks),
    ...answers,
    ...openItems,
  ].join('\n');
}
