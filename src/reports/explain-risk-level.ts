import type { LevelReference, RiskItemResult, ScaleRating } from '../scoring/result-schema.ts';
import { levelsText, quoted } from './report-wording.ts';

export type RatedRiskResult = RiskItemResult & {
  likelihood: ScaleRating;
  severity: ScaleRating;
  inherentLevel: LevelReference;
  residualLevel: LevelReference;
};

export function isRatedRisk(risk: RiskItemResult): risk is RatedRiskResult {
  return (
    risk.likelihood !== null &&
    risk.severity !== null &&
    risk.inherentLevel !== null &&
    risk.residualLevel !== null
  );
}

const rating = (scale: ScaleRating) => `${scale.label} (${scale.value})`;

function safeguardsClause(risk: RatedRiskResult): string {
  const { mitigation, inherentLevel: before, residualLevel: after } = risk;
  if (mitigation === null || mitigation.status === 'unanswered') {
    return `the safeguards question is not answered yet, so nothing is taken off: it stays ${after.label}.`;
  }
  if (mitigation.status === 'unsure') {
    return `the safeguards were answered “I don't know”, which lowers nothing: it stays ${after.label}.`;
  }
  const answer = quoted(mitigation.label ?? mitigation.value ?? '');
  if (mitigation.levelReduction === 0)
    return `the safeguards answer ${answer} lowers nothing: it stays ${after.label}.`;
  if (before.rank === 0) {
    return `the safeguards in place (${answer}) cannot lower it further: ${after.label} is already the lowest level.`;
  }
  // A safeguard lowers the level but never below the lowest one (see scoring/assess-risk-item.ts).
  if (before.rank - mitigation.levelReduction < 0) {
    return `the safeguards in place (${answer}) lower it to the lowest level: ${after.label}.`;
  }
  return `the safeguards in place (${answer}) lower it ${levelsText(mitigation.levelReduction)}: ${after.label}.`;
}

/**
 * How a rated risk got its level, in one sentence a non-specialist can follow: "Likely (4) ×
 * Serious (4) gives High; the safeguards in place (“Some safeguards are in place”) lower it one
 * level: Medium."
 */
export function explainRiskLevel(risk: RatedRiskResult): string {
  return `${rating(risk.likelihood)} × ${rating(risk.severity)} gives ${risk.inherentLevel.label}; ${safeguardsClause(risk)}`;
}

/** What was assumed because someone answered "I don't know", one sentence each. */
export function riskCautions(risk: RiskItemResult): string[] {
  const assumed = (what: string, scale: ScaleRating | null) =>
    scale?.unsure === true
      ? [`${what} was answered “I don't know”, so the worst case, ${rating(scale)}, is assumed.`]
      : [];
  return [
    ...(risk.applicable === 'unsure'
      ? ["Whether this risk applies was answered “I don't know”, so it is assessed as if it applies."]
      : []),
    ...assumed('Likelihood', risk.likelihood),
    ...assumed('Severity', risk.severity),
  ];
}
