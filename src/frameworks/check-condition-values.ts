import { comparison as questionComparison } from '../questionnaires/check-conditions.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { FrameworkPackProblem } from './framework-pack-problem.ts';
import type { FrameworkPack } from './framework-pack-schema.ts';
import { conditionLeaves, type Leaf, packConditions } from './pack-conditions.ts';
import { indexPackQuestions, type PackQuestion } from './pack-questions.ts';

/** How conditions see a pack question's answers: as a questionnaire's, with the pack's scales. */
export function comparison(target: PackQuestion) {
  return questionComparison(target.question, { scales: target.scales });
}

function leafProblem(leaf: Leaf, target: PackQuestion): string | undefined {
  if ('answered' in leaf) return undefined;
  const { id, kind } = target.question;
  const { as, allowed } = comparison(target);
  const notAValue = (value: string | number) =>
    `${JSON.stringify(value)} is not a value of question "${id}" (${allowed?.map((item) => JSON.stringify(item)).join(', ')})`;
  if ('includes' in leaf) {
    if (as !== 'selection') return `"includes" only works on a multiple-choice question; "${id}" is ${kind}`;
    return allowed?.includes(leaf.includes) ? undefined : notAValue(leaf.includes);
  }
  if ('atLeast' in leaf)
    return as === 'number'
      ? undefined
      : `"atLeast" only works on a scale or number question; "${id}" is ${kind}`;
  if (as === 'selection') return `use "includes" to test the multiple-choice question "${id}"`;
  const values = 'equals' in leaf ? [leaf.equals] : leaf.in;
  for (const value of values) {
    if ((typeof value === 'number') !== (as === 'number'))
      return `${JSON.stringify(value)} can never match question "${id}", which takes ${as === 'number' ? 'numbers' : 'text'}`;
    if (allowed !== undefined && !allowed.includes(value)) return notAValue(value);
  }
  return undefined;
}

/**
 * A condition must test a value its question can take: a misspelt option would make a rule that
 * should hold never hold, and a screening would quietly come out "not concerned". A question the
 * versions of a questionnaire define differently passes when one of them takes the value.
 */
export function checkConditionValues(
  pack: FrameworkPack,
  questionnaires: readonly Questionnaire[],
): FrameworkPackProblem[] {
  const index = indexPackQuestions(pack, questionnaires);
  return packConditions(pack).flatMap(({ condition, path }) =>
    conditionLeaves(condition, path).flatMap(({ leaf, path: leafPath }) => {
      // An unknown question is reported by checkPackReferences.
      const messages = (index.get(leaf.question) ?? []).map((target) => leafProblem(leaf, target));
      const [first] = messages;
      return first !== undefined && messages.every((message) => message !== undefined)
        ? [{ path: leafPath, message: first }]
        : [];
    }),
  );
}
