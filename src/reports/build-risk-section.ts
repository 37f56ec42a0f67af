import type { RiskItem, RiskScoring, Scale } from '../questionnaires/schema.ts';
import type { LevelReference, RiskResult, SuggestedAction } from '../scoring/result-schema.ts';
import { explainRiskLevel, isRatedRisk, riskCautions } from './explain-risk-level.ts';
import { type PassageLookup, passageReferences, readMoreText } from './passage-lookup.ts';
import { principleLabels } from './principle-labels.ts';
import { questionRecords } from './question-records.ts';
import { countText, joinWords } from './report-wording.ts';
import type { ReportAction, ReportLevel, RiskSection, UnratedRisk } from './risk-section-schema.ts';
import { type UnratedReasonSource, unratedRiskReason } from './unrated-risk-reason.ts';

export type RiskSectionInput = UnratedReasonSource & {
  scoring: RiskScoring;
  likelihoodScale: Scale;
  severityScale: Scale;
  result: RiskResult;
  passages: PassageLookup;
};

function reportLevel(scoring: RiskScoring, level: LevelReference): ReportLevel {
  return { ...level, meaning: scoring.levels[level.rank]?.description ?? null };
}

/** The questions of one risk, each with what it decides. */
function riskQuestions(item: RiskItem) {
  return [
    ...(item.applicability === undefined ? [] : [{ questionId: item.applicability, aspect: 'Applies' }]),
    { questionId: item.likelihood, aspect: 'Likelihood' },
    { questionId: item.severity, aspect: 'Severity' },
    { questionId: item.mitigation, aspect: 'Safeguards' },
  ];
}

/** Every risk of a risk assessment, rated or not, each explained in words; the matrix the charts draw. */
export function buildRiskSection(input: RiskSectionInput): RiskSection {
  const { scoring, result } = input;
  const itemOf = new Map(scoring.risks.map((item) => [item.id, item]));
  const titleOf = (riskId: string) => itemOf.get(riskId)?.title ?? riskId;
  const action = (entry: SuggestedAction): ReportAction => {
    const passages = passageReferences(entry.passages, input.passages);
    return {
      riskId: entry.riskId,
      riskTitle: titleOf(entry.riskId),
      level: entry.level.label,
      text: entry.text,
      passages,
      readMore: readMoreText(passages),
    };
  };
  const actions = result.suggestedActions.map(action);
  const byId = new Map(result.risks.map((risk) => [risk.riskId, risk]));
  const rated = result.ranking.flatMap((riskId, index) => {
    const risk = byId.get(riskId);
    const item = itemOf.get(riskId);
    if (risk === undefined || item === undefined || !isRatedRisk(risk)) return [];
    const rating = (scale: typeof risk.likelihood) => ({
      value: scale.value,
      label: scale.label,
      index: scale.index,
      assumed: scale.unsure,
    });
    return [
      {
        number: index + 1,
        riskId,
        title: risk.title,
        principle: { id: risk.principle, label: principleLabels[risk.principle] },
        likelihood: rating(risk.likelihood),
        severity: rating(risk.severity),
        before: reportLevel(scoring, risk.inherentLevel),
        after: reportLevel(scoring, risk.residualLevel),
        safeguards:
          risk.mitigation?.label ??
          (risk.mitigation?.status === 'unsure'
            ? "I don't know (counted as no safeguards)"
            : 'not answered yet'),
        levelsLowered: risk.inherentLevel.rank - risk.residualLevel.rank,
        explanation: explainRiskLevel(risk),
        cautions: riskCautions(risk),
        questions: questionRecords(input, riskQuestions(item)),
        actions: actions.filter((entry) => entry.riskId === riskId),
      },
    ];
  });
  const unrated = result.risks.flatMap((risk): UnratedRisk[] => {
    const item = itemOf.get(risk.riskId);
    if (item === undefined || isRatedRisk(risk)) return [];
    return [
      {
        riskId: risk.riskId,
        title: risk.title,
        principle: { id: risk.principle, label: principleLabels[risk.principle] },
        ...unratedRiskReason(item, risk, input),
        questions: questionRecords(input, riskQuestions(item)),
      },
    ];
  });
  const count = (status: UnratedRisk['status']) => unrated.filter((risk) => risk.status === status).length;
  const axis = (scale: Scale) => ({
    title: scale.title,
    points: scale.points.map((point) => ({ value: point.value, label: point.label })),
  });
  const { atStake, action: actionThreshold } = result.thresholds;
  return {
    kind: 'risk',
    highestAfter:
      result.highestResidualLevel === null ? null : reportLevel(scoring, result.highestResidualLevel),
    counts: {
      risks: result.risks.length,
      rated: rated.length,
      notApplicable: count('not-applicable'),
      notRelevant: count('not-relevant'),
      open: count('open'),
    },
    levels: scoring.levels.map((level, rank) => ({
      id: level.id,
      label: level.label,
      rank,
      meaning: level.description ?? null,
    })),
    matrix: {
      likelihood: axis(input.likelihoodScale),
      severity: axis(input.severityScale),
      cells: scoring.matrix,
    },
    rated,
    unrated,
    principlesAtStake: result.principlesAtStake.map((entry) => {
      const label = principleLabels[entry.principle];
      const risks = entry.riskIds.map(titleOf);
      return {
        principle: { id: entry.principle, label },
        risks,
        sentence: `${label}: ${countText(entry.count, 'risk', 'risks')} at ${atStake.label} or above after safeguards (${joinWords(risks)}).`,
      };
    }),
    actions,
    thresholds: { actionsFrom: actionThreshold.label, atStakeFrom: atStake.label },
  };
}
