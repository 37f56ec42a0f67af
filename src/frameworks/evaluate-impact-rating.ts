import type { AnswerValue } from '../questionnaires/answers.ts';
import type { Truth } from '../questionnaires/compile-condition.ts';
import type { Question } from '../questionnaires/schema.ts';
import type { ConditionReader } from './create-condition-reader.ts';
import { type ImpactRating, type ImpactVariableName, impactVariableNames } from './framework-pack-schema.ts';
import { impactScore } from './impact-score.ts';
import type { PackInput } from './pack-input.ts';
import type { ImpactRatingOutcome, PackTraceEntry } from './pack-result-schema.ts';

type Variables = ImpactRatingOutcome['impacts'][number]['variables'];

/**
 * Each impact: whether the answers identify it (yes, no, maybe), its four variables as the points
 * of the options chosen, and, once all four are known and the impact is not ruled out, its score
 * and priority. An unanswered variable and an "I don't know" are both missing: never guessed, so
 * no priority is given until they are answered. A variable's trace entry holds ("yes") when its
 * answer gives points and is "maybe" while it does not.
 */
export function evaluateImpactRating(
  rating: ImpactRating,
  questions: ReadonlyMap<string, Question>,
  input: Pick<PackInput, 'answers'>,
  read: ConditionReader,
): ImpactRatingOutcome {
  const trace: PackTraceEntry[] = [];
  let applies: Truth = 'yes';
  if (rating.appliesWhen !== undefined) {
    const reading = read(rating.appliesWhen, 'applies-when');
    trace.push(reading.entry);
    applies = reading.truth;
  }
  const impacts = rating.impacts.map((impact) => {
    const identifiedReading = read(impact.identifiedWhen, `impact:${impact.id}:identified-when`);
    trace.push(identifiedReading.entry);
    const identified = identifiedReading.truth;
    const variable = (name: ImpactVariableName): number | null => {
      const questionId = impact.variables[name];
      const value = answerOf(input.answers, questionId);
      const points = value === undefined ? null : pointsOf(questions.get(questionId), value);
      trace.push({
        ref: `impact:${impact.id}:${name}`,
        truth: points === null ? 'maybe' : 'yes',
        read: [{ questionId, value: value ?? null }],
      });
      return points;
    };
    const variables: Variables = {
      scale: variable('scale'),
      scope: variable('scope'),
      reversibility: variable('reversibility'),
      probability: variable('probability'),
    };
    const missing = identified === 'no' ? [] : impactVariableNames.filter((name) => variables[name] === null);
    const known = knownVariables(variables);
    const score = identified !== 'no' && known !== undefined ? impactScore(known) : null;
    const priority =
      score === null ? undefined : rating.priorities.find((candidate) => score >= candidate.minScore);
    return {
      id: impact.id,
      title: impact.title,
      identified,
      variables,
      score,
      priority: priority === undefined ? null : { id: priority.id, label: priority.label },
      missing,
    };
  });
  return {
    kind: 'impact-rating',
    id: rating.id,
    title: rating.title,
    applies,
    formula: rating.formula,
    priorityNote: rating.priorityNote,
    impacts,
    trace,
  };
}

function answerOf(answers: PackInput['answers'], questionId: string): AnswerValue | undefined {
  // hasOwn: a question id such as `constructor` must not find an inherited property.
  return Object.hasOwn(answers, questionId) ? answers[questionId]?.value : undefined;
}

/** The points of the option chosen; null for "I don't know" or anything that is not one option. */
function pointsOf(question: Question | undefined, value: AnswerValue): number | null {
  if (question === undefined || (question.kind !== 'single' && question.kind !== 'yes-no')) return null;
  if (typeof value !== 'string') return null;
  return question.options.find((option) => option.value === value)?.points ?? null;
}

function knownVariables(variables: Variables): Record<ImpactVariableName, number> | undefined {
  const { scale, scope, reversibility, probability } = variables;
  if (scale === null || scope === null || reversibility === null || probability === null) return undefined;
  return { scale, scope, reversibility, probability };
}
