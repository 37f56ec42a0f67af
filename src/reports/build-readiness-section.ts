import { findNote } from '../questionnaires/question-notes.ts';
import type { ReadinessScoring } from '../questionnaires/schema.ts';
import type { DimensionResult, ReadinessResult } from '../scoring/result-schema.ts';
import { maxRawPoints } from '../scoring/score-readiness-question.ts';
import type { TraceEntry } from '../scoring/trace.ts';
import { noteText } from './answer-rows.ts';
import { findQuestion } from './find-question.ts';
import { formatNumber } from './format-number.ts';
import { type PassageLookup, passageReferences, readMoreText } from './passage-lookup.ts';
import { type RecordSource, shownAnswerText } from './question-records.ts';
import type { ReadinessQuestion, ReadinessSection } from './readiness-section-schema.ts';

export type ReadinessSectionInput = RecordSource & {
  scoring: ReadinessScoring;
  result: ReadinessResult;
  passages: PassageLookup;
};

/** The points a question earned in words: "3 of 4", or why it does not count. */
function pointsText(entry: TraceEntry, input: ReadinessSectionInput): string {
  if (entry.rule === 'readiness.unscored') return 'not scored (context only)';
  if (entry.rule === 'readiness.optional-skipped') return 'optional and not answered: not counted';
  const question = entry.questionId === null ? undefined : findQuestion(input.definition, entry.questionId);
  const maximum =
    question === undefined ? undefined : (maxRawPoints(question, input.definition) ?? 0) * question.weight;
  const earned = formatNumber(entry.contribution, 2);
  return maximum === undefined ? earned : `${earned} of ${formatNumber(maximum, 2)}`;
}

function dimensionQuestions(dimension: DimensionResult, input: ReadinessSectionInput): ReadinessQuestion[] {
  return dimension.trace.flatMap((entry) => {
    const questionId = entry.questionId;
    const question = questionId === null ? undefined : findQuestion(input.definition, questionId);
    if (questionId === null || question === undefined) return [];
    const note = findNote(input.notes, questionId);
    return [
      {
        questionId,
        prompt: question.prompt,
        answer: shownAnswerText(input, questionId) ?? 'not asked',
        points: pointsText(entry, input),
        note: note === undefined ? null : noteText(note),
      },
    ];
  });
}

/** The overall level, each dimension with its level, next step and how its points were earned. */
export function buildReadinessSection(input: ReadinessSectionInput): ReadinessSection {
  const { result, scoring } = input;
  const meaningOf = (levelId: string) =>
    scoring.levels.find((level) => level.id === levelId)?.description ?? null;
  return {
    kind: 'readiness',
    overall: {
      percent: result.overall.percent,
      level: {
        id: result.overall.level.id,
        label: result.overall.level.label,
        meaning: meaningOf(result.overall.level.id),
      },
      bands: result.overall.bands.map((band) => ({ ...band, meaning: meaningOf(band.id) })),
    },
    dimensions: result.dimensions.map((dimension) => {
      const { level } = dimension;
      return {
        sectionId: dimension.sectionId,
        title: dimension.title,
        percent: dimension.percent,
        points: dimension.points,
        maxPoints: dimension.maxPoints,
        level: { id: level.id, label: level.label },
        band: `${level.label}: ${formatNumber(level.fromPoints, 2)} to ${level.upperInclusive ? '' : 'under '}${formatNumber(level.toPoints, 2)} points`,
        answered: dimension.counts.answered,
        shown: dimension.counts.shown,
        open: dimension.openItems.length,
        nextSteps: result.nextSteps
          .filter((step) => step.sectionId === dimension.sectionId)
          .map((step) => {
            const passages = passageReferences(step.passages, input.passages);
            return { text: step.text, passages, readMore: readMoreText(passages) };
          }),
        questions: dimensionQuestions(dimension, input),
      };
    }),
    // Stable sort: ties keep definition order, as in scoring's own ranking.
    weakest: [...result.dimensions]
      .sort((left, right) => left.percent - right.percent)
      .map((dimension) => dimension.sectionId),
  };
}
