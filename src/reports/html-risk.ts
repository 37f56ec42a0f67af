import type { Questionnaire } from '../questionnaires/schema.ts';
import type { RiskResult } from '../scoring/result-schema.ts';
import { escapeHtml } from './escape-html.ts';
import { htmlList, htmlTable, htmlTraceTables } from './html-table.ts';
import { principleLabels } from './principle-labels.ts';
import { riskCompletenessSentence, riskTableHeadings, riskTableRows } from './report-tables.ts';
import { heatMapLegend, svgHeatMap } from './svg-heat-map.ts';
import { riskTraceTables } from './trace-tables.ts';

/** Risk sections of the HTML report: heat map, ranked table, principles at stake, actions, traces. */
export function riskHtml(result: RiskResult, definition: Questionnaire): string {
  const { scoring } = definition;
  const likelihoodScale = definition.scales.find(
    (scale) => scale.id === (scoring.kind === 'risk' ? scoring.likelihoodScale : ''),
  );
  const severityScale = definition.scales.find(
    (scale) => scale.id === (scoring.kind === 'risk' ? scoring.severityScale : ''),
  );
  const byId = new Map(result.risks.map((risk) => [risk.riskId, risk]));
  const ranked = result.ranking.flatMap((riskId) => byId.get(riskId) ?? []);
  const titleOf = (riskId: string) => byId.get(riskId)?.title ?? riskId;
  const heatMap =
    scoring.kind === 'risk' && likelihoodScale !== undefined && severityScale !== undefined
      ? `${svgHeatMap({ scoring, likelihoodScale, severityScale, ranked })}${heatMapLegend(scoring)}`
      : '';
  return [
    '<h2>Summary</h2>',
    `<p>Highest residual risk level: <strong>${escapeHtml(result.highestResidualLevel?.label ?? 'none rated yet')}</strong>. ${riskCompletenessSentence(result)}</p>`,
    '<h2>Risk matrix</h2>',
    '<p>Each numbered marker is a rated risk in the cell of its likelihood and severity (before safeguards); the numbers follow the table below.</p>',
    heatMap,
    '<h2>Risks, most serious first</h2>',
    htmlTable(riskTableHeadings, riskTableRows(ranked)),
    '<h2>Principles most at stake</h2>',
    `<p>Counting risks at level ${escapeHtml(result.thresholds.atStake.label)} or above.</p>`,
    htmlList(
      result.principlesAtStake.map(
        (entry) =>
          `${principleLabels[entry.principle]}: ${entry.count} risk(s), weight ${entry.weight} (${entry.riskIds.map(titleOf).join('; ')})`,
      ),
    ),
    '<h2>Suggested actions</h2>',
    `<p>For risks at level ${escapeHtml(result.thresholds.action.label)} or above.</p>`,
    htmlList(
      result.suggestedActions.map(
        (action) =>
          `${titleOf(action.riskId)} (${action.level.label}): ${action.text}${action.passages.length === 0 ? '' : ` (see: ${action.passages.join(', ')})`}`,
      ),
    ),
    '<h2>How each level was produced</h2>',
    ...htmlTraceTables(riskTraceTables(result)),
  ].join('\n');
}
