import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import { questionOptions } from '../../src/questionnaires/question-options.ts';
import type { Question, Questionnaire } from '../../src/questionnaires/schema.ts';
import { readinessResultSchema } from '../../src/scoring/result-schema.ts';
import { scoreReadiness } from '../../src/scoring/score-readiness.ts';
import { arbitraryAnswers, reordered } from './arbitrary-answers.ts';
import { answeredAt, loaded, readinessFixtureInput } from './fixtures.ts';

const builtIn = builtInQuestionnaires().find((definition) => definition.id === 'readiness');
if (builtIn === undefined) throw new Error('no built-in readiness');
const definitions: Array<[string, Questionnaire]> = [
  ['fixture', loaded(readinessFixtureInput())],
  ['built-in readiness', builtIn],
];

/** Every scored question with two of its answers, the second worth at least as much as the first. */
function orderedPairs(question: Question, definition: Questionnaire): Array<[AnswerValue, AnswerValue]> {
  const worth: Array<[AnswerValue, number]> =
    question.kind === 'scale'
      ? (definition.scales.find((scale) => scale.id === question.scale)?.points ?? []).map((point) => [
          point.value,
          point.value,
        ])
      : questionOptions(question).map((option) => [option.value, option.points ?? 0]);
  return worth.flatMap(([low, lowWorth]) =>
    worth
      .filter(([, highWorth]) => highWorth >= lowWorth)
      .map(([high]): [AnswerValue, AnswerValue] => [low, high]),
  );
}

describe.each(definitions)('scoreReadiness properties (%s)', (_name, definition) => {
  const questions = definition.sections.flatMap((section) => section.questions);
  const tested = new Set(
    questions.flatMap((question) =>
      question.showIf === undefined
        ? []
        : (JSON.stringify(question.showIf).match(/"question":"[a-z0-9-]+"/g) ?? []),
    ),
  );
  const isGate = (question: Question) => tested.has(`"question":"${question.id}"`);
  const scored = questions.filter((question) => ['single', 'yes-no', 'scale'].includes(question.kind));

  test.prop([arbitraryAnswers(definition)])('is deterministic', (answers) => {
    expect(scoreReadiness(definition, structuredClone(answers))).toEqual(scoreReadiness(definition, answers));
  });

  test.prop([arbitraryAnswers(definition, { wild: true })])(
    'scores any partial answer set and lists what is missing',
    (answers) => {
      const result = scoreReadiness(definition, answers);
      expect(readinessResultSchema.parse(result)).toEqual(result);
      for (const dimension of result.dimensions) {
        expect(dimension.points).toBeLessThanOrEqual(dimension.maxPoints);
        expect(dimension.counts.answered + dimension.counts.unanswered).toBe(dimension.counts.shown);
        for (const entry of dimension.trace) {
          const question = questions.find((candidate) => candidate.id === entry.questionId);
          if (question?.required && answers[question.id] === undefined) {
            expect(result.openItems).toContainEqual(
              expect.objectContaining({ questionId: question.id, reason: 'unanswered' }),
            );
          }
        }
      }
      expect(result.overall.percent).toBeGreaterThanOrEqual(0);
      expect(result.overall.percent).toBeLessThanOrEqual(100);
    },
  );

  test.prop([arbitraryAnswers(definition), fc.array(fc.nat(), { minLength: 1 })])(
    'gives the same result whatever order the answers were inserted in',
    (answers, order) => {
      expect(scoreReadiness(definition, reordered(answers, order))).toEqual(
        scoreReadiness(definition, answers),
      );
    },
  );

  test.prop([arbitraryAnswers(definition), fc.constantFrom(...questions), arbitraryAnswers(definition)])(
    'gives the same result after an answer is changed and changed back',
    (answers, question, other) => {
      const edited: Answers = { ...answers };
      const replacement = other[question.id];
      if (replacement !== undefined) edited[question.id] = replacement;
      else delete edited[question.id];
      const original = answers[question.id];
      const restored: Answers = { ...edited };
      if (original !== undefined) restored[question.id] = original;
      else delete restored[question.id];
      expect(scoreReadiness(definition, restored)).toEqual(scoreReadiness(definition, answers));
    },
  );

  test.prop([arbitraryAnswers(definition), arbitraryAnswers(definition, { wild: true })])(
    'lets answers to hidden questions contribute nothing',
    (answers, extra) => {
      const result = scoreReadiness(definition, answers);
      const shown = new Set(
        result.dimensions.flatMap((dimension) => dimension.trace.map((entry) => entry.questionId)),
      );
      const withHidden: Answers = { ...answers };
      const withoutHidden: Answers = {};
      for (const question of questions) {
        const record = answers[question.id];
        if (shown.has(question.id)) {
          if (record !== undefined) withoutHidden[question.id] = record;
        } else {
          const added = extra[question.id];
          if (added !== undefined) withHidden[question.id] = added;
        }
      }
      expect(scoreReadiness(definition, withHidden)).toEqual(result);
      expect(scoreReadiness(definition, withoutHidden)).toEqual(result);
    },
  );

  test.prop([arbitraryAnswers(definition)])('treats proposedByModel as provenance only', (answers) => {
    const unflagged = Object.fromEntries(
      Object.entries(answers).map(([id, { proposedByModel: _provenance, ...record }]) => [id, record]),
    );
    expect(scoreReadiness(definition, answers)).toEqual(scoreReadiness(definition, unflagged));
  });

  test.prop([
    arbitraryAnswers(definition),
    fc
      .constantFrom(...scored)
      .chain((question) =>
        fc.tuple(fc.constant(question), fc.constantFrom(...orderedPairs(question, definition))),
      ),
  ])('never lowers a dimension when one answer gets better', (answers, [question, [low, high]]) => {
    const score = (value: AnswerValue | undefined) => {
      const next: Answers = { ...answers };
      if (value === undefined) delete next[question.id];
      else next[question.id] = { value, answeredAt };
      return scoreReadiness(definition, next);
    };
    const sectionIndex = definition.sections.findIndex((section) => section.questions.includes(question));
    const [before, after, unanswered] = [score(low), score(high), score(undefined)];
    const dimension = (result: typeof before) => result.dimensions[sectionIndex];
    expect(dimension(after)?.points).toBeGreaterThanOrEqual(dimension(before)?.points ?? 0);
    expect(dimension(before)?.points).toBeGreaterThanOrEqual(dimension(unanswered)?.points ?? 0);
    if (!isGate(question)) {
      // Same questions shown, so the same maximum: percent, level and overall follow the points.
      expect(dimension(after)?.percent).toBeGreaterThanOrEqual(dimension(before)?.percent ?? 0);
      expect(dimension(after)?.level.fromPercent).toBeGreaterThanOrEqual(
        dimension(before)?.level.fromPercent ?? 0,
      );
      expect(after.overall.percent).toBeGreaterThanOrEqual(before.overall.percent - 1e-9);
    }
  });
});

describe('scoreReadiness band edges', () => {
  const bandDefinition = (maxPoints: number, edges: readonly number[]) =>
    loaded({
      ...readinessFixtureInput(),
      scales: [],
      sections: [
        {
          id: 'only',
          title: 'Only',
          questions: [
            {
              id: 'level-question',
              prompt: 'How far?',
              help: 'Help',
              kind: 'single',
              options: Array.from({ length: maxPoints + 1 }, (_, points) => ({
                value: `p${points}`,
                label: `${points}`,
                points,
              })),
            },
          ],
        },
      ],
      scoring: {
        kind: 'readiness',
        levels: [0, ...edges].map((edge, index) => ({
          id: `level${index}`,
          label: `Level ${index}`,
          minPercent: (edge * 100) / maxPoints,
        })),
      },
    });

  test.prop([
    fc.integer({ min: 2, max: 15 }).chain((maxPoints) =>
      fc.tuple(
        fc.constant(maxPoints),
        fc
          .uniqueArray(fc.integer({ min: 1, max: maxPoints }), { minLength: 1, maxLength: 4 })
          .map((edges) => edges.sort((a, b) => a - b)),
        fc.integer({ min: 0, max: maxPoints }),
      ),
    ),
  ])(
    'puts a score exactly on a declared edge in the band above it, and one point less below',
    ([maxPoints, edges, points]) => {
      const definition = bandDefinition(maxPoints, edges);
      const result = scoreReadiness(definition, { 'level-question': { value: `p${points}`, answeredAt } });
      const level = result.dimensions[0]?.level;
      const expectedIndex = edges.filter((edge) => edge <= points).length;
      expect(level?.id).toBe(`level${expectedIndex}`);
      expect(level?.fromPoints).toBeLessThanOrEqual(points);
      if (edges.includes(points)) expect(level?.fromPoints).toBe(points);
      if (level !== undefined && !level.upperInclusive) expect(points).toBeLessThan(level.toPoints);
    },
  );
});
