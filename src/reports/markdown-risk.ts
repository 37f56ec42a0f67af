import type { RiskItemResult, RiskResult } from '../scoring/result-schema.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { markdownTable, markdownTraceTables } from './markdown-table.ts';
import { principleLabels } from './principle-labels.ts';
import { riskCompletenessSentence, riskTableHeadings, riskTableRows } from './report-tables.ts';
import { riskTraceTables } from './trace-tables.ts';

const applicabilityText: Record<RiskItemResult['applicable'], string> = {
  yes: 'applies',
  no: 'does not apply',
  unsure: 'unsure (assessed)',
  unanswered: 'not answered yet',
  'not-relevant': 'not relevant to this system',
};

/** Ranked risk table, risks not assessed, principles at stake, suggested actions and traces. */
export function riskMarkdown(result: RiskResult): string[] {
  const byId = new Map(result.risks.map((risk) => [risk.riskId, risk]));
  const ranked = result.ranking.flatMap((riskId) => byId.get(riskId) ?? []);
  const unrated = result.risks.filter((risk) => risk.residualLevel === null);
  const titleOf = (riskId: string) => byId.get(riskId)?.title ?? riskId;
  return [
    '## Summary',
    '',
    `Highest residual risk level: **${escapeMarkdown(result.highestResidualLevel?.label ?? 'none rated yet')}**. ${riskCompletenessSentence(result)}`,
    '',
    '## Risks, most serious first',
    '',
    ...markdownTable(riskTableHeadings, riskTableRows(ranked)),
    '',
    '## Risks not rated',
    '',
    ...markdownTable(
      ['Risk', 'Principle', 'Status'],
      unrated.map((risk) => [
        risk.title,
        principleLabels[risk.principle],
        risk.assessed ? 'likelihood or severity not answered yet' : applicabilityText[risk.applicable],
      ]),
    ),
    '',
    '## Principles most at stake',
    '',
    `Counting risks at level ${escapeMarkdown(result.thresholds.atStake.label)} or above.`,
    '',
    ...result.principlesAtStake.map(
      (entry) =>
        `- **${escapeMarkdown(principleLabels[entry.principle])}**: ${entry.count} risk(s), weight ${entry.weight} (${entry.riskIds.map((riskId) => escapeMarkdown(titleOf(riskId))).join('; ')})`,
    ),
    '',
    '## Suggested actions',
    '',
    `For risks at level ${escapeMarkdown(result.thresholds.action.label)} or above.`,
    '',
    ...result.suggestedActions.map((action) => {
      const passages =
        action.passages.length === 0 ? '' : ` (see: ${action.passages.map((id) => `\`${id}\``).join(', ')})`;
      return `- **${escapeMarkdown(titleOf(action.riskId))}** (${escapeMarkdown(action.level.label)}): ${escapeMarkdown(action.text)}${passages}`;
    }),
    '',
    '## How each level was produced',
    '',
    ...markdownTraceTables(riskTraceTables(result)),
  ];
}
