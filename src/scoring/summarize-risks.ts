import type { RiskScoring } from '../questionnaires/schema.ts';
import type { LevelReference, PrincipleAtStake, RiskItemResult, SuggestedAction } from './result-schema.ts';

type RatedRisk = RiskItemResult & { inherentLevel: LevelReference; residualLevel: LevelReference };

function isRated(risk: RiskItemResult): risk is RatedRisk {
  return risk.inherentLevel !== null && risk.residualLevel !== null;
}

/** Rated risks, highest residual level first, then highest inherent level; ties keep definition order. */
export function rankRisks(risks: readonly RiskItemResult[]): RatedRisk[] {
  return risks
    .filter(isRated)
    .sort(
      (left, right) =>
        right.residualLevel.rank - left.residualLevel.rank ||
        right.inherentLevel.rank - left.inherentLevel.rank,
    );
}

/**
 * Principles with risks at or above the threshold: `count` such risks, `weight` the sum of how far
 * each sits above the threshold plus one, so one very high risk outweighs one high risk.
 */
export function principlesAtStake(
  ranked: readonly RatedRisk[],
  threshold: LevelReference,
): PrincipleAtStake[] {
  const byPrinciple = new Map<RatedRisk['principle'], PrincipleAtStake>();
  for (const risk of ranked) {
    if (risk.residualLevel.rank < threshold.rank) continue;
    const entry = byPrinciple.get(risk.principle) ?? {
      principle: risk.principle,
      riskIds: [],
      count: 0,
      weight: 0,
    };
    entry.riskIds.push(risk.riskId);
    entry.count += 1;
    entry.weight += risk.residualLevel.rank - threshold.rank + 1;
    byPrinciple.set(risk.principle, entry);
  }
  return [...byPrinciple.values()].sort(
    (left, right) => right.weight - left.weight || right.count - left.count,
  );
}

/** The actions of every risk at or above the threshold, most serious risk first. */
export function suggestedActions(
  ranked: readonly RatedRisk[],
  scoring: RiskScoring,
  threshold: LevelReference,
): SuggestedAction[] {
  return ranked
    .filter((risk) => risk.residualLevel.rank >= threshold.rank)
    .flatMap((risk) =>
      (scoring.risks.find((item) => item.id === risk.riskId)?.actions ?? []).map((action) => ({
        riskId: risk.riskId,
        level: risk.residualLevel,
        text: action.text,
        passages: action.passages,
      })),
    );
}
