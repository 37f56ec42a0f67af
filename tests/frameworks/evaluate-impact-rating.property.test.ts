import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluatePack } from '../../src/frameworks/evaluate-pack.ts';
import { impactVariableNames } from '../../src/frameworks/framework-pack-schema.ts';
import {
  type ImpactRatingOutcome,
  impactRatingOutcomeSchema,
  packResultSchema,
} from '../../src/frameworks/pack-result-schema.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { inputOf, unsure } from './fixture-packs.ts';
import { impactRatingPack, variablePoints } from './impact-rating-fixture.ts';

const pack = impactRatingPack();
const questionIds = pack.sections.flatMap((section) => section.questions.map((question) => question.id));
const variableValue = fc.constantFrom<AnswerValue>(...variablePoints.map((points) => `p${points}`), unsure);

/** Answers to some of the questions: each variable a point value or "I don't know". */
const arbitraryValues: fc.Arbitrary<Record<string, AnswerValue>> = fc
  .tuple(
    fc.record(
      Object.fromEntries(
        questionIds.map((id) => [
          id,
          id === 'harm-identified' ? fc.constantFrom<AnswerValue>('yes', 'no', unsure) : variableValue,
        ]),
      ),
    ),
    fc.subarray(questionIds),
  )
  .map(([complete, answered]) =>
    Object.fromEntries(Object.entries(complete).filter(([questionId]) => answered.includes(questionId))),
  );
const arbitraryPoints = fc.constantFrom(...variablePoints);

function rate(values: Record<string, AnswerValue>): ImpactRatingOutcome {
  return impactRatingOutcomeSchema.parse(evaluatePack(pack, inputOf(values)).assessments[0]);
}

describe('evaluatePack properties: impact rating', () => {
  test.prop([arbitraryValues])('is deterministic and gives a result of the documented shape', (values) => {
    const result = evaluatePack(pack, inputOf(values));
    expect(packResultSchema.parse(result)).toEqual(result);
    expect(evaluatePack(structuredClone(pack), inputOf(structuredClone(values)))).toEqual(result);
  });

  test.prop([arbitraryValues])(
    'never gives a score or a priority while a variable is missing, and lists exactly the variables missing',
    (values) => {
      for (const impact of rate(values).impacts) {
        const unknown = impactVariableNames.filter((name) => impact.variables[name] === null);
        if (unknown.length > 0) {
          expect(impact.score).toBeNull();
          expect(impact.priority).toBeNull();
        }
        expect(impact.missing).toEqual(impact.identified === 'no' ? [] : unknown);
        if (impact.score === null) expect(impact.priority).toBeNull();
        else expect(impact.priority).not.toBeNull();
      }
    },
  );

  test.prop([
    fc.constantFrom(...impactVariableNames),
    fc.record({
      scale: arbitraryPoints,
      scope: arbitraryPoints,
      reversibility: arbitraryPoints,
      probability: arbitraryPoints,
    }),
    arbitraryPoints,
  ])('never lowers the score or the priority when one variable rises', (name, points, raised) => {
    fc.pre(raised > points[name]);
    const answered = (variables: typeof points) => ({
      'harm-identified': 'yes',
      ...Object.fromEntries(impactVariableNames.map((each) => [`harm-${each}`, `p${variables[each]}`])),
    });
    const harm = (variables: typeof points) => rate(answered(variables)).impacts[0];
    const before = harm(points);
    const after = harm({ ...points, [name]: raised });
    const rank = (priorityId: string | undefined) =>
      pack.assessments[0]?.kind === 'impact-rating'
        ? pack.assessments[0].priorities.findIndex((priority) => priority.id === priorityId)
        : -1;
    expect(after?.score).toBeGreaterThanOrEqual(before?.score ?? Number.POSITIVE_INFINITY);
    expect(rank(after?.priority?.id)).toBeLessThanOrEqual(rank(before?.priority?.id));
  });
});
