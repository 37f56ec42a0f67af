import type { ReadinessResult, RiskResult } from '../scoring/result-schema.ts';
import { conversationTexts } from './conversation-texts.ts';
import { evaluateSessionPacks } from './evaluate-session-packs.ts';
import { frameworkLines } from './framework-lines.ts';
import { type LoadedWalkthrough, loadWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import { positionReply } from './position-reply.ts';
import type { ReplyParts } from './reply-parts.ts';
import { answeredLabel } from './reply-progress.ts';
import { scoreAssessment } from './score-assessment.ts';
import type { SessionData } from './session-data.ts';
import type { TurnDependencies } from './turn-dependencies.ts';

const percent = (value: number) => `${Math.round(value)}%`;

/**
 * "Show my results": the active questionnaire (provisional if not yet submitted), else the most
 * recently completed one. Undefined when there is nothing to show.
 */
export function resultsReply(
  data: SessionData,
  active: LoadedWalkthrough | undefined,
  dependencies: TurnDependencies,
): ReplyParts | undefined {
  const runtime = active ?? latestCompleted(data, dependencies);
  if (runtime === undefined) return undefined;
  const completed = walkthroughStateName(runtime) === 'completed';
  const result = scoreAssessment(runtime.definition, runtime.snapshot.context.answers);
  const body = [
    ...(result.kind === 'readiness' ? readinessLines(result) : riskLines(result)),
    // Provisional too: an outcome an unanswered question could still change says it is open.
    ...frameworkLines(evaluateSessionPacks(runtime, result), runtime.definition),
  ];
  const position = positionReply(runtime, { data, timeZone: dependencies.timeZone ?? 'UTC' });
  // The same count the progress shows, not one of its own.
  const answered =
    position.progress === null
      ? `${result.counts.answered} questions answered`
      : answeredLabel(position.progress);
  const heading = completed
    ? `**Results: ${runtime.definition.title}** (version ${runtime.definition.version})`
    : `**Provisional results: ${runtime.definition.title}**: ${answered} so far; unanswered questions count as open items.`;
  return {
    ...position,
    messages: [
      {
        kind: 'report',
        text: [heading, '', ...body, '', `_${conversationTexts.disclaimer}_`].join('\n'),
        citations: [],
      },
      ...(completed ? [] : position.messages),
    ],
    report: completed ? position.report : null,
  };
}

function latestCompleted(data: SessionData, dependencies: TurnDependencies): LoadedWalkthrough | undefined {
  for (const record of Object.values(data.assessments).reverse()) {
    const loaded = loadWalkthrough(dependencies.questionnaires, record);
    if (loaded.success && walkthroughStateName(loaded.data) === 'completed') return loaded.data;
  }
  return undefined;
}

function readinessLines(result: ReadinessResult): string[] {
  const lines = [
    `Overall: **${result.overall.level.label}** (${percent(result.overall.percent)})`,
    '',
    '| Dimension | Points | Score | Level |',
    '|---|---|---|---|',
    ...result.dimensions.map(
      (dimension) =>
        `| ${dimension.title} | ${dimension.points} of ${dimension.maxPoints} | ${percent(dimension.percent)} | ${dimension.level.label} (${dimension.level.fromPoints}–${dimension.level.toPoints} points) |`,
    ),
  ];
  if (result.nextSteps.length > 0) {
    lines.push('', '**Next steps (from the Organizational Roadmap)**');
    for (const step of result.nextSteps.slice(0, 6)) lines.push(`- ${step.text}`);
  }
  if (result.openItems.length > 0)
    lines.push('', `Open items: ${result.openItems.length} question(s) unanswered or "I don't know".`);
  return lines;
}

function riskLines(result: RiskResult): string[] {
  const rated = result.ranking
    .map((id) => result.risks.find((risk) => risk.riskId === id))
    .filter((risk) => risk !== undefined);
  const lines = [
    `Highest residual risk: **${result.highestResidualLevel?.label ?? 'none rated'}**`,
    '',
    '| Risk | Principle | Likelihood × severity | Inherent | Residual |',
    '|---|---|---|---|---|',
    ...rated.map(
      (risk) =>
        `| ${risk.title} | ${risk.principle} | ${risk.likelihood?.label ?? '?'} × ${risk.severity?.label ?? '?'} | ${risk.inherentLevel?.label ?? '?'} | ${risk.residualLevel?.label ?? '?'} |`,
    ),
  ];
  if (result.principlesAtStake.length > 0) {
    lines.push(
      '',
      `Principles most at stake: ${result.principlesAtStake.map((entry) => entry.principle).join(', ')}.`,
    );
  }
  if (result.suggestedActions.length > 0) {
    lines.push('', '**Suggested actions**');
    for (const action of result.suggestedActions.slice(0, 8)) lines.push(`- ${action.text}`);
  }
  if (result.openItems.length > 0)
    lines.push('', `Open items: ${result.openItems.length} (counted as the worst case until answered).`);
  return lines;
}
