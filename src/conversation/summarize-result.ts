import type { Answers } from '../questionnaires/answers.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { ReadinessResult, RiskResult } from '../scoring/result-schema.ts';
import { conversationTexts } from './conversation-texts.ts';
import { scoreAssessment } from './score-assessment.ts';

export type ResultSummary = { headline: string; text: string };

const percent = (value: number) => `${Math.round(value)}%`;

/** A short chat summary of a completed questionnaire; every figure comes from the scoring functions. */
export function summarizeResult(definition: Questionnaire, answers: Answers): ResultSummary {
  const result = scoreAssessment(definition, answers);
  return result.kind === 'readiness'
    ? summarizeReadiness(definition, result)
    : summarizeRisk(definition, result);
}

function summarizeReadiness(definition: Questionnaire, result: ReadinessResult): ResultSummary {
  const headline = `Overall readiness: ${result.overall.level.label} (${percent(result.overall.percent)})`;
  const weakest = result.weakestDimensions
    .slice(0, 3)
    .map((id) => result.dimensions.find((dimension) => dimension.sectionId === id))
    .filter((dimension) => dimension !== undefined)
    .map((dimension) => `${dimension.title} (${dimension.level.label}, ${percent(dimension.percent)})`);
  const lines = [
    `**${definition.title}: completed**`,
    '',
    `**${headline}**`,
    weakest.length > 0 ? `Weakest dimensions: ${weakest.join('; ')}.` : '',
    result.openItems.length > 0 ? `Open items to follow up: ${result.openItems.length}.` : '',
    '',
    `_${conversationTexts.disclaimer}_`,
  ];
  return { headline, text: lines.filter((line, index) => line !== '' || index > 0).join('\n') };
}

function summarizeRisk(definition: Questionnaire, result: RiskResult): ResultSummary {
  const highest = result.highestResidualLevel;
  const headline =
    highest === null ? 'No applicable risks were rated' : `Highest residual risk: ${highest.label}`;
  const top = result.ranking
    .slice(0, 3)
    .map((id) => result.risks.find((risk) => risk.riskId === id))
    .filter((risk) => risk !== undefined && risk.residualLevel !== null)
    .map((risk) => `${risk?.title} (${risk?.residualLevel?.label})`);
  const lines = [
    `**${definition.title}: completed**`,
    '',
    `**${headline}.** ${result.completeness.rated} risk(s) rated, ${result.completeness.notApplicable} judged not applicable.`,
    top.length > 0 ? `Highest risks: ${top.join('; ')}.` : '',
    result.openItems.length > 0 ? `Open items to follow up: ${result.openItems.length}.` : '',
    '',
    `_${conversationTexts.disclaimer}_`,
  ];
  return { headline, text: lines.join('\n') };
}
