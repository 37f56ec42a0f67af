import { escapeHtml } from './escape-html.ts';
import { riskMatrixHtml } from './html-risk-matrix.ts';
import { htmlList, htmlParagraphs, htmlSection, htmlTable } from './html-table.ts';
import { questionTable, ratedRiskTable, unratedRiskTable } from './report-tables.ts';
import type { RiskMatrixInput } from './risk-matrix-input.ts';
import type { RatedRisk, ReportAction, RiskSection } from './risk-section-schema.ts';

/** The charts' plain input, from the model (see risk-matrix-input.ts). */
export function matrixInput(section: RiskSection): RiskMatrixInput {
  return {
    likelihood: section.matrix.likelihood,
    severity: section.matrix.severity,
    levels: section.levels.map((level) => ({
      id: level.id,
      label: level.label,
      ...(level.meaning === null ? {} : { description: level.meaning }),
    })),
    matrix: section.matrix.cells,
    risks: section.rated.map((risk) => ({
      number: risk.number,
      title: risk.title,
      likelihoodIndex: risk.likelihood.index,
      severityIndex: risk.severity.index,
      inherentLevelId: risk.before.id,
      residualLevelId: risk.after.id,
    })),
  };
}

function actionItem(action: ReportAction): string {
  const readMore =
    action.readMore === '' ? '' : ` <span class="read-more">${escapeHtml(action.readMore)}</span>`;
  return `<li>${escapeHtml(action.text)}${readMore}</li>`;
}

function ratedRiskHtml(risk: RatedRisk, section: RiskSection): string {
  const actions =
    risk.actions.length === 0
      ? `<p>No action is suggested: actions are suggested from ${escapeHtml(section.thresholds.actionsFrom)} upwards.</p>`
      : `<h4>Suggested actions</h4><ul>${risk.actions.map(actionItem).join('')}</ul>`;
  return [
    `<article class="risk-detail" id="risk-${risk.number}">`,
    `<h3>${risk.number}. ${escapeHtml(risk.title)}: ${escapeHtml(risk.after.label)} after safeguards</h3>`,
    `<p>${escapeHtml(risk.explanation)}</p>`,
    htmlParagraphs(risk.cautions, 'caution'),
    htmlTable(questionTable(risk.questions).headings, questionTable(risk.questions).rows),
    actions,
    '</article>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The risk sections of the HTML report: matrix, rated and unrated risks, each risk explained, principles. */
export function riskHtml(section: RiskSection): string[] {
  const rated = ratedRiskTable(section);
  const unrated = unratedRiskTable(section);
  return [
    htmlSection('risk-matrix', 'Risk matrix', [riskMatrixHtml(matrixInput(section))]),
    htmlSection('rated-risks', 'Rated risks, most serious first', [
      section.rated.length === 0 ? '<p>No risk is rated yet.</p>' : htmlTable(rated.headings, rated.rows),
    ]),
    htmlSection('unrated-risks', 'Risks not rated', [
      unrated.rows.length === 0
        ? '<p>None: every risk is rated.</p>'
        : htmlTable(unrated.headings, unrated.rows),
    ]),
    htmlSection('risk-details', 'How each risk was rated', [
      section.rated.length === 0
        ? '<p>No risk is rated yet.</p>'
        : section.rated.map((risk) => ratedRiskHtml(risk, section)).join('\n'),
    ]),
    htmlSection('principles', 'Principles most at stake', [
      `<p>Principles with risks at ${escapeHtml(section.thresholds.atStakeFrom)} or above after safeguards, most affected first.</p>`,
      htmlList(section.principlesAtStake.map((entry) => entry.sentence)),
    ]),
  ];
}
