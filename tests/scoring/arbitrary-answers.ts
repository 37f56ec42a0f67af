import { fc } from '@fast-check/vitest';
import type { AnswerRecord, Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import type { Question, Questionnaire } from '../../src/questionnaires/schema.ts';
import { unknownQuestionKind } from '../../src/questionnaires/unknown-question-kind.ts';

const unsure: AnswerValue = { unsure: true };

/** A value this question accepts (including "I don't know" where offered). */
export function validValue(question: Question, definition: Questionnaire): fc.Arbitrary<AnswerValue> {
  const values = [kindValue(question, definition)];
  if (question.allowUnsure) values.push(fc.constant(unsure));
  return fc.oneof(...values);
}

function kindValue(question: Question, definition: Questionnaire): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case 'single':
    case 'yes-no':
      return fc.constantFrom(...question.options.map((option) => option.value));
    case 'multiple':
      return fc.subarray(question.options.map((option) => option.value));
    case 'scale': {
      const points = definition.scales.find((scale) => scale.id === question.scale)?.points ?? [];
      return fc.constantFrom(...points.map((point) => point.value));
    }
    case 'text':
      return fc.string({ minLength: 1, maxLength: 30 });
    case 'number':
      return fc.integer({ min: question.number?.min ?? 0, max: question.number?.max ?? 1000 });
    default:
      return unknownQuestionKind(question);
  }
}

/** Anything the answer schema allows, fitting the question or not. */
export const anyValue: fc.Arbitrary<AnswerValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -3, max: 9 }),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.constant(unsure),
);

const recordOf = (value: fc.Arbitrary<AnswerValue>): fc.Arbitrary<AnswerRecord> =>
  fc.record(
    { value, answeredAt: fc.constant('2026-01-01T00:00:00.000Z'), proposedByModel: fc.boolean() },
    { requiredKeys: ['value', 'answeredAt'] },
  );

/** A random partial answer set: each question answered or not, validly (or, with `wild`, with anything). */
export function arbitraryAnswers(
  definition: Questionnaire,
  options: { wild?: boolean } = {},
): fc.Arbitrary<Answers> {
  const questions = definition.sections.flatMap((section) => section.questions);
  return fc
    .tuple(
      ...questions.map((question) =>
        fc.option(
          recordOf(
            options.wild
              ? fc.oneof(validValue(question, definition), anyValue)
              : validValue(question, definition),
          ),
          {
            freq: 3,
          },
        ),
      ),
    )
    .map((records) => {
      const answers: Answers = {};
      records.forEach((record, index) => {
        const question = questions[index];
        if (record !== null && question !== undefined) answers[question.id] = record;
      });
      return answers;
    });
}

/** The same entries, inserted in another order. */
export function reordered(answers: Answers, order: readonly number[]): Answers {
  const entries = Object.entries(answers);
  const keyed = entries.map((entry, index) => ({
    entry,
    key: order[index % Math.max(order.length, 1)] ?? 0,
    index,
  }));
  keyed.sort((left, right) => left.key - right.key || right.index - left.index);
  return Object.fromEntries(keyed.map(({ entry }) => entry));
}
