import { fc } from '@fast-check/vitest';
import type { FrameworkPack, PackAssessment } from '../../src/frameworks/framework-pack-schema.ts';
import type { Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import type { Condition } from '../../src/questionnaires/schema.ts';
import { answeredAt, unsure } from './fixture-packs.ts';

/** The pack's own questions every generated condition reads: one of each kind a condition can test. */
export const questionIds = ['qa', 'qb', 'qc', 'qd'] as const;

const questionValue: Record<(typeof questionIds)[number], fc.Arbitrary<AnswerValue>> = {
  qa: fc.constantFrom<AnswerValue>('yes', 'no', unsure),
  qb: fc.constantFrom<AnswerValue>('x', 'y', 'z', unsure),
  qc: fc.subarray(['m1', 'm2', 'm3']),
  qd: fc.integer({ min: 0, max: 6 }),
};

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ question: fc.constant('qa'), equals: fc.constantFrom('yes', 'no') }),
  fc.record({ question: fc.constant('qb'), equals: fc.constantFrom('x', 'y', 'z') }),
  fc.record({ question: fc.constant('qb'), in: fc.subarray(['x', 'y', 'z'], { minLength: 1 }) }),
  fc.record({ question: fc.constant('qc'), includes: fc.constantFrom('m1', 'm2', 'm3') }),
  fc.record({ question: fc.constant('qd'), atLeast: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ question: fc.constantFrom(...questionIds), answered: fc.boolean() }),
);

/** Any condition over the four questions, a few levels deep. */
export const arbitraryCondition: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'condition' },
    leaf,
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
})).condition;

/** A "not met" condition for a "met" one: often exclusive by construction, sometimes anything. */
const notMetFor = (met: Condition): fc.Arbitrary<Condition> =>
  fc.oneof(
    fc.constant<Condition>({ not: met }),
    arbitraryCondition.map((other): Condition => ({ all: [{ not: met }, other] })),
    arbitraryCondition,
  );

const exclusivePair = arbitraryCondition.chain((met) => notMetFor(met).map((notMet) => ({ met, notMet })));

const cited = (text: string) => ({ text, cites: ['act:1'] });
export const outcomeIds = ['severe', 'middle', 'none'] as const;

export const arbitraryScreening: fc.Arbitrary<PackAssessment> = fc
  .record({
    rules: fc.array(
      fc.record({
        outcome: fc.constantFrom(...outcomeIds),
        when: arbitraryCondition,
        requires: fc.subarray(['c0', 'c1']),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    conditions: fc.tuple(exclusivePair, exclusivePair),
  })
  .map(({ rules, conditions }) => ({
    kind: 'screening',
    id: 'screening',
    title: 'Screening',
    outcomes: outcomeIds.map((id) => ({ id, label: id })),
    rules: rules.map((rule, index) => ({ id: `r${index}`, statement: cited(`Rule ${index}.`), ...rule })),
    conditions: conditions.map(({ met, notMet }, index) => ({
      id: `c${index}`,
      requirement: cited(`Requirement ${index}.`),
      metWhen: met,
      missingWhen: notMet,
    })),
  }));

export const arbitraryChecklist: fc.Arbitrary<PackAssessment> = fc
  .record({
    appliesWhen: fc.option(arbitraryCondition, { nil: undefined }),
    items: fc.array(
      fc.record({ appliesWhen: fc.option(arbitraryCondition, { nil: undefined }), pair: exclusivePair }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  })
  .map(({ appliesWhen, items }) => ({
    kind: 'checklist',
    id: 'checklist',
    title: 'Checklist',
    ...(appliesWhen === undefined ? {} : { appliesWhen }),
    items: items.map(({ appliesWhen: itemApplies, pair }, index) => ({
      id: `i${index}`,
      duty: cited(`Duty ${index}.`),
      ...(itemApplies === undefined ? {} : { appliesWhen: itemApplies }),
      metWhen: pair.met,
      notMetWhen: pair.notMet,
      action: 'Do it.',
    })),
  }));

/** A pack asking the four questions itself, with the given assessments. */
export function packOf(assessments: PackAssessment[]): FrameworkPack {
  const question = { help: 'Help', required: true, principles: [], explainedBy: [], weight: 1 };
  return {
    id: 'generated',
    version: '1',
    title: 'Generated',
    jurisdiction: 'Testland',
    asOf: '2026-06-01',
    disclaimer: 'Generated for a test.',
    sources: [{ id: 'act', title: 'Act', reference: 'OJ', binding: true }],
    optIn: { prompt: 'Does it apply?', help: 'Help' },
    reads: [],
    askLast: [],
    sections: [
      {
        id: 'questions',
        title: 'Questions',
        weight: 1,
        recommendations: [],
        questions: [
          { ...question, id: 'qa', prompt: 'A?', kind: 'yes-no', allowUnsure: true, options: yesNo },
          {
            ...question,
            id: 'qb',
            prompt: 'B?',
            kind: 'single',
            allowUnsure: true,
            options: options('x', 'y', 'z'),
          },
          {
            ...question,
            id: 'qc',
            prompt: 'C?',
            kind: 'multiple',
            allowUnsure: false,
            options: options('m1', 'm2', 'm3'),
          },
          { ...question, id: 'qd', prompt: 'D?', kind: 'number', allowUnsure: false },
        ],
      },
    ],
    assessments,
  };
}

const options = (...values: string[]) => values.map((value) => ({ value, label: value, synonyms: [] }));
const yesNo = options('yes', 'no');

/** An answer to every question. */
export const arbitraryCompleteAnswers: fc.Arbitrary<Record<string, AnswerValue>> = fc.record(questionValue);

/** The answers to the questions in `answered` only. */
export function restrict(
  complete: Record<string, AnswerValue>,
  answered: readonly string[],
): Record<string, AnswerValue> {
  return Object.fromEntries(Object.entries(complete).filter(([questionId]) => answered.includes(questionId)));
}

export function recordsOf(values: Record<string, AnswerValue>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt }]));
}

/** Some of the questions, in any order. */
export const arbitraryAnsweredIds: fc.Arbitrary<string[]> = fc.subarray<string>([...questionIds]);
