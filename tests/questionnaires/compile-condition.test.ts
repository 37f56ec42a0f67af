import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { AnswerRecord, Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import {
  compileCondition,
  type KnownAnswer,
  type Truth,
} from '../../src/questionnaires/compile-condition.ts';
import { evaluateCondition } from '../../src/questionnaires/evaluate-condition.ts';
import type { Condition } from '../../src/questionnaires/schema.ts';

const questionIds = ['alpha', 'beta', 'gamma', 'constructor'] as const;
const question = fc.constantFrom(...questionIds);
const scalar = fc.oneof(fc.constantFrom('yes', 'no', 'face', 'text'), fc.integer({ min: -2, max: 6 }));

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ question, equals: scalar }),
  fc.record({ question, in: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
  fc.record({ question, includes: fc.constantFrom('face', 'text', 'yes') }),
  fc.record({ question, atLeast: fc.integer({ min: -2, max: 6 }) }),
  fc.record({ question, answered: fc.boolean() }),
);

const condition: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
})).condition;

const value: fc.Arbitrary<AnswerValue> = fc.oneof(
  scalar,
  fc.subarray(['face', 'text', 'yes', 'voice']),
  fc.constant({ unsure: true as const }),
);
const record: fc.Arbitrary<AnswerRecord> = value.map((answer) => ({ value: answer, answeredAt: 'at' }));
const answers: fc.Arbitrary<Answers> = fc.dictionary(question, record, { maxKeys: 4 });
const known: fc.Arbitrary<Map<string, KnownAnswer>> = fc
  .dictionary(
    question,
    fc.oneof(
      fc.constant('open' as const),
      fc.option(record, { nil: undefined }).map((answer) => ({ answer })),
    ),
  )
  .map((entries) => new Map(Object.entries(entries)));

/** The three-valued reading possible-questions.ts made before conditions were compiled: the oracle. */
function kleene(tested: Condition, what: ReadonlyMap<string, KnownAnswer>): Truth {
  if ('all' in tested) {
    const parts = tested.all.map((inner) => kleene(inner, what));
    if (parts.includes('no')) return 'no';
    return parts.every((part) => part === 'yes') ? 'yes' : 'maybe';
  }
  if ('any' in tested) {
    const parts = tested.any.map((inner) => kleene(inner, what));
    if (parts.includes('yes')) return 'yes';
    return parts.every((part) => part === 'no') ? 'no' : 'maybe';
  }
  if ('not' in tested) {
    const inner = kleene(tested.not, what);
    return inner === 'maybe' ? 'maybe' : inner === 'yes' ? 'no' : 'yes';
  }
  const state = what.get(tested.question) ?? { answer: undefined };
  if (state === 'open') return 'maybe';
  const single: Answers = state.answer === undefined ? {} : { [tested.question]: state.answer };
  return evaluateCondition(tested, single) ? 'yes' : 'no';
}

describe('compileCondition', () => {
  test.prop([condition, answers])('holds exactly when evaluateCondition says so', (tested, given) => {
    expect(compileCondition(tested).holds(new Map(Object.entries(given)))).toBe(
      evaluateCondition(tested, given),
    );
  });

  test.prop([condition, known])('reads open questions as Kleene logic does', (tested, what) => {
    expect(compileCondition(tested).truth(what)).toBe(kleene(tested, what));
  });

  test.prop([condition])('names each question it reads once', (tested) => {
    const named = JSON.stringify(tested).match(/"question":"[a-z]+"/g) ?? [];
    const ids = [...new Set(named.map((entry) => entry.slice('"question":"'.length, -1)))];
    expect([...compileCondition(tested).questions].sort()).toEqual(ids.sort());
  });
});
