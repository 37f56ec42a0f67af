import type { Answers } from '../questionnaires/answers.ts';
import type { Questionnaire, ReadinessScoring } from '../questionnaires/schema.ts';
import { countAnswers, openItemsOf, readShownAnswers, type ShownAnswer } from './read-shown-answers.ts';
import { bandFor, percentBands, pointsBands } from './readiness-bands.ts';
import type { DimensionResult, NextStep, ReadinessResult } from './result-schema.ts';
import { scoreReadinessQuestion } from './score-readiness-question.ts';

export type ScoreReadinessOptions = {
  /** How many of the lowest-scoring dimensions to name as weakest. */
  weakestCount?: number;
};

function scoreDimension(
  definition: Questionnaire,
  scoring: ReadinessScoring,
  section: Questionnaire['sections'][number],
  shown: readonly ShownAnswer[],
): DimensionResult {
  const scores = shown.map((entry) => scoreReadinessQuestion(entry, definition, scoring));
  const points = scores.reduce((sum, score) => sum + score.points, 0);
  const maxPoints = scores.reduce((sum, score) => sum + score.maxPoints, 0);
  // Multiplying first keeps whole-number cases exact (57 of 100 is 57, not 56.99...).
  const percent = maxPoints === 0 ? 0 : (points * 100) / maxPoints;
  const bands = pointsBands(scoring, maxPoints);
  return {
    sectionId: section.id,
    title: section.title,
    weight: section.weight,
    points,
    maxPoints,
    percent,
    level: bandFor(bands, percent),
    bands,
    counts: countAnswers(shown),
    openItems: openItemsOf(shown),
    trace: scores.map((score) => score.trace),
  };
}

/**
 * Readiness per dimension (section) and overall, from confirmed answers to shown questions only.
 * Overall = the weighted mean of dimension percentages, over dimensions with something to score.
 */
export function scoreReadiness(
  definition: Questionnaire,
  answers: Answers,
  options: ScoreReadinessOptions = {},
): ReadinessResult {
  const { scoring } = definition;
  if (scoring.kind !== 'readiness')
    throw new TypeError(`"${definition.id}" is not a readiness questionnaire`);
  const shown = readShownAnswers(definition, answers);
  const dimensions = definition.sections.map((section) =>
    scoreDimension(
      definition,
      scoring,
      section,
      shown.filter((entry) => entry.section.id === section.id),
    ),
  );
  const weightedFrom = dimensions
    .filter((dimension) => dimension.maxPoints > 0)
    .map(({ sectionId, percent, weight }) => ({ sectionId, percent, weight }));
  const totalWeight = weightedFrom.reduce((sum, entry) => sum + entry.weight, 0);
  const overallPercent =
    totalWeight === 0
      ? 0
      : weightedFrom.reduce((sum, entry) => sum + entry.percent * entry.weight, 0) / totalWeight;
  const overallBands = percentBands(scoring);
  // Array.prototype.sort is stable, so ties keep definition order.
  const byPercent = [...dimensions].sort((left, right) => left.percent - right.percent);
  const nextSteps: NextStep[] = byPercent.flatMap((dimension) =>
    (definition.sections.find((section) => section.id === dimension.sectionId)?.recommendations ?? [])
      .filter((recommendation) => recommendation.levels.includes(dimension.level.id))
      .map((recommendation) => ({
        sectionId: dimension.sectionId,
        levelId: dimension.level.id,
        text: recommendation.text,
        passages: recommendation.passages,
      })),
  );
  return {
    kind: 'readiness',
    definitionId: definition.id,
    definitionVersion: definition.version,
    dimensions,
    overall: {
      percent: overallPercent,
      level: bandFor(overallBands, overallPercent),
      bands: overallBands,
      weightedFrom,
    },
    weakestDimensions: byPercent.slice(0, options.weakestCount ?? 3).map((dimension) => dimension.sectionId),
    nextSteps,
    openItems: openItemsOf(shown),
    counts: countAnswers(shown),
  };
}
