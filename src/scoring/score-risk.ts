import type { Answers } from '../questionnaires/answers.ts';
import type { Questionnaire, RiskScoring } from '../questionnaires/schema.ts';
import { assessRiskItem, levelReference } from './assess-risk-item.ts';
import { countAnswers, openItemsOf, readShownAnswers } from './read-shown-answers.ts';
import type { LevelReference, RiskResult } from './result-schema.ts';
import { principlesAtStake, rankRisks, suggestedActions } from './summarize-risks.ts';

export type ScoreRiskOptions = {
  /** Level id from which a risk's actions are suggested; default: the second-lowest level. */
  actionThreshold?: string;
  /** Level id from which a risk puts its principle "at stake"; default: the upper half of the levels. */
  atStakeThreshold?: string;
};

function threshold(scoring: RiskScoring, levelId: string | undefined, fallbackRank: number): LevelReference {
  if (levelId === undefined) return levelReference(scoring, fallbackRank);
  const rank = scoring.levels.findIndex((level) => level.id === levelId);
  if (rank < 0) throw new RangeError(`unknown risk level "${levelId}"`);
  return levelReference(scoring, rank);
}

/**
 * Rates each risk item of a risk questionnaire from confirmed answers to shown questions and
 * summarizes: ranking, highest residual level, principles at stake, suggested actions, open items.
 */
export function scoreRisk(
  definition: Questionnaire,
  answers: Answers,
  options: ScoreRiskOptions = {},
): RiskResult {
  const { scoring } = definition;
  if (scoring.kind !== 'risk') throw new TypeError(`"${definition.id}" is not a risk questionnaire`);
  const likelihoodScale = definition.scales.find((scale) => scale.id === scoring.likelihoodScale);
  const severityScale = definition.scales.find((scale) => scale.id === scoring.severityScale);
  if (likelihoodScale === undefined || severityScale === undefined) {
    throw new TypeError(
      `"${definition.id}" was not checked by loadQuestionnaire: its risk scales are missing`,
    );
  }
  const shown = readShownAnswers(definition, answers);
  const context = {
    scoring,
    likelihoodScale,
    severityScale,
    shown: new Map(shown.map((entry) => [entry.question.id, entry])),
  };
  const risks = scoring.risks.map((item) => assessRiskItem(item, context));
  const ranked = rankRisks(risks);
  const action = threshold(scoring, options.actionThreshold, 1);
  const atStake = threshold(scoring, options.atStakeThreshold, Math.floor(scoring.levels.length / 2));
  const count = (predicate: (risk: (typeof risks)[number]) => boolean) => risks.filter(predicate).length;
  return {
    kind: 'risk',
    definitionId: definition.id,
    definitionVersion: definition.version,
    risks,
    ranking: ranked.map((risk) => risk.riskId),
    highestResidualLevel: ranked[0]?.residualLevel ?? null,
    thresholds: { action, atStake },
    principlesAtStake: principlesAtStake(ranked, atStake),
    suggestedActions: suggestedActions(ranked, scoring, action),
    openItems: openItemsOf(shown),
    counts: countAnswers(shown),
    completeness: {
      risks: risks.length,
      notRelevant: count((risk) => risk.applicable === 'not-relevant'),
      notApplicable: count((risk) => risk.applicable === 'no'),
      awaitingApplicability: count((risk) => risk.applicable === 'unanswered'),
      assessed: count((risk) => risk.assessed),
      rated: ranked.length,
    },
  };
}
