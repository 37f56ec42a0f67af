import { type ReadinessRule, readinessRule } from '../questionnaires/readiness-rule.ts';
import type { Question, Questionnaire, ReadinessScoring } from '../questionnaires/schema.ts';
import { readingValue } from './read-answer.ts';
import type { ShownAnswer } from './read-shown-answers.ts';
import type { TraceEntry } from './trace.ts';

export type QuestionScore = { points: number; maxPoints: number; trace: TraceEntry };

/**
 * The most a question can earn before its weight: the best option's points, or the width of its
 * scale (highest value minus lowest), or undefined for unscored kinds (multiple, text, number).
 */
export function maxRawPoints(question: Question, definition: Questionnaire): number | undefined {
  const rule = readinessRule(question);
  switch (rule.points) {
    case 'options':
      return Math.max(0, ...rule.options.map((option) => option.points ?? 0));
    case 'scale': {
      const points = scalePoints(rule, definition);
      const lowest = points[0]?.value ?? 0;
      return (points.at(-1)?.value ?? lowest) - lowest;
    }
    case 'none':
      return undefined;
  }
}

function scalePoints(rule: ReadinessRule, definition: Questionnaire) {
  const scaleId = rule.points === 'scale' ? rule.scale : undefined;
  return definition.scales.find((scale) => scale.id === scaleId)?.points ?? [];
}

/**
 * Points for one shown question. A scale answer earns its value minus the scale's lowest value, so
 * the lowest point is always 0 points. Unanswered required questions count in the maximum with 0
 * points (a missing answer never looks better than a poor one); skipped optional ones do not count.
 */
export function scoreReadinessQuestion(
  shown: ShownAnswer,
  definition: Questionnaire,
  scoring: ReadinessScoring,
): QuestionScore {
  const { question, reading } = shown;
  const answer = readingValue(reading);
  const maxRaw = maxRawPoints(question, definition);
  const entry = (rule: string, contribution: number, note: string): TraceEntry => ({
    questionId: question.id,
    answer,
    rule,
    contribution,
    note,
  });
  if (maxRaw === undefined) {
    return {
      points: 0,
      maxPoints: 0,
      trace: entry('readiness.unscored', 0, `${question.kind} questions are not scored`),
    };
  }
  const weight = question.weight;
  const maxPoints = maxRaw * weight;
  const outOf = `of ${maxPoints}${weight === 1 ? '' : ` (weight ${weight})`}`;
  switch (reading.status) {
    case 'option': {
      const points = (reading.option.points ?? 0) * weight;
      return {
        points,
        maxPoints,
        trace: entry('readiness.points', points, `"${reading.option.label}": ${points} ${outOf}`),
      };
    }
    case 'scale-point': {
      const lowest = scalePoints(readinessRule(question), definition)[0]?.value ?? 0;
      const points = (reading.value - lowest) * weight;
      const note = `${reading.value} (${reading.label}) minus the lowest value ${lowest}: ${points} ${outOf}`;
      return { points, maxPoints, trace: entry('readiness.scale', points, note) };
    }
    case 'unsure': {
      const points = Math.min(Math.max(scoring.unsurePoints, 0), maxRaw) * weight;
      return {
        points,
        maxPoints,
        trace: entry('readiness.unsure', points, `"I don't know": ${points} ${outOf}; listed as open`),
      };
    }
    case 'invalid':
    case 'unanswered': {
      const why =
        reading.status === 'invalid' ? 'the recorded answer does not fit this question' : 'not answered yet';
      if (!question.required) {
        const note = `optional, ${why}: not counted`;
        return { points: 0, maxPoints: 0, trace: entry('readiness.optional-skipped', 0, note) };
      }
      return { points: 0, maxPoints, trace: entry(`readiness.${reading.status}`, 0, `${why}: 0 ${outOf}`) };
    }
    default:
      return {
        points: 0,
        maxPoints,
        trace: entry('readiness.invalid', 0, `the recorded answer does not fit this question: 0 ${outOf}`),
      };
  }
}
