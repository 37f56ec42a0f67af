import type { RiskItem, RiskScoring } from '../questionnaires/schema.ts';
import { applicabilityOf, mitigationOf, type RiskContext, rate } from './read-risk-answers.ts';
import type { LevelReference, RiskFlag, RiskItemResult } from './result-schema.ts';
import type { TraceEntry } from './trace.ts';

export function levelReference(scoring: RiskScoring, rank: number): LevelReference {
  const level = scoring.levels[rank];
  if (level === undefined) throw new RangeError(`no risk level at rank ${rank}`);
  return { id: level.id, label: level.label, rank };
}

export function assessRiskItem(item: RiskItem, context: RiskContext): RiskItemResult {
  const trace: TraceEntry[] = [];
  const flags: RiskFlag[] = [];
  const applicable = applicabilityOf(item, context, trace);
  const { id: riskId, title, principle, instrumental } = item;
  const unrated = { likelihood: null, severity: null, inherentLevel: null, residualLevel: null };
  if (applicable === 'unsure') flags.push('applicability-unsure');
  if (applicable !== 'yes' && applicable !== 'unsure') {
    return {
      riskId,
      title,
      principle,
      instrumental,
      applicable,
      assessed: false,
      ...unrated,
      mitigation: null,
      flags,
      trace,
    };
  }
  const likelihood = rate(item.likelihood, context.likelihoodScale, 'risk.likelihood', context, trace);
  const severity = rate(item.severity, context.severityScale, 'risk.severity', context, trace);
  const mitigation = mitigationOf(item, context, trace);
  if (likelihood?.unsure) flags.push('likelihood-unsure');
  if (severity?.unsure) flags.push('severity-unsure');
  if (mitigation.status !== 'answered') flags.push(`mitigation-${mitigation.status}`);
  const assessed = {
    riskId,
    title,
    principle,
    instrumental,
    applicable,
    assessed: true,
    mitigation,
    flags,
    trace,
  };
  if (likelihood === null || severity === null) return { ...assessed, ...unrated, likelihood, severity };

  const cell = context.scoring.matrix[likelihood.index]?.[severity.index];
  const inherentLevel = levelReference(
    context.scoring,
    context.scoring.levels.findIndex((level) => level.id === cell),
  );
  const matrixNote = `likelihood ${likelihood.value} (${likelihood.label}) x severity ${severity.value} (${severity.label}) -> ${inherentLevel.label}`;
  trace.push({
    questionId: null,
    answer: null,
    rule: 'risk.matrix',
    contribution: inherentLevel.rank,
    note: matrixNote,
  });
  // A safeguard lowers the level but never below the lowest one.
  const residualLevel = levelReference(
    context.scoring,
    Math.max(0, inherentLevel.rank - mitigation.levelReduction),
  );
  const residualNote = `${inherentLevel.label} minus ${mitigation.levelReduction} -> ${residualLevel.label}`;
  trace.push({
    questionId: null,
    answer: null,
    rule: 'risk.residual',
    contribution: residualLevel.rank,
    note: residualNote,
  });
  return { ...assessed, likelihood, severity, inherentLevel, residualLevel };
}
