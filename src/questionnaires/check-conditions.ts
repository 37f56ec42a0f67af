import {
  indexQuestions,
  type LocatedQuestion,
  locateQuestions,
  type QuestionnaireProblem,
  questionProblem,
} from './questionnaire-problem.ts';
import type { Condition, Questionnaire } from './schema.ts';

type Leaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

function leaves(
  condition: Condition,
  path: Array<string | number>,
): Array<{ leaf: Leaf; path: Array<string | number> }> {
  if ('all' in condition)
    return condition.all.flatMap((inner, index) => leaves(inner, [...path, 'all', index]));
  if ('any' in condition)
    return condition.any.flatMap((inner, index) => leaves(inner, [...path, 'any', index]));
  if ('not' in condition) return leaves(condition.not, [...path, 'not']);
  return [{ leaf: condition, path }];
}

/** The values a `equals` / `in` / `includes` test may compare against, or undefined when any value of the type fits. */
function allowedValues(
  target: LocatedQuestion,
  definition: Questionnaire,
): ReadonlyArray<string | number> | undefined {
  const { question } = target;
  if (question.kind === 'scale') {
    return (
      definition.scales.find((scale) => scale.id === question.scale)?.points.map((point) => point.value) ?? []
    );
  }
  if (question.kind === 'single' || question.kind === 'multiple')
    return question.options?.map((option) => option.value) ?? [];
  if (question.kind === 'yes-no') return ['yes', 'no'];
  return undefined;
}

function checkLeaf(leaf: Leaf, target: LocatedQuestion, definition: Questionnaire): string | undefined {
  if ('answered' in leaf) return undefined;
  const kind = target.question.kind;
  const allowed = allowedValues(target, definition);
  const describe = (value: string | number) =>
    `${JSON.stringify(value)} is not a value of question "${target.question.id}" (${allowed?.map((item) => JSON.stringify(item)).join(', ')})`;
  if ('includes' in leaf) {
    if (kind !== 'multiple')
      return `"includes" only works on a multiple-choice question; "${target.question.id}" is ${kind}`;
    return allowed?.includes(leaf.includes) ? undefined : describe(leaf.includes);
  }
  if ('atLeast' in leaf) {
    return kind === 'scale' || kind === 'number'
      ? undefined
      : `"atLeast" only works on a scale or number question; "${target.question.id}" is ${kind}`;
  }
  if (kind === 'multiple')
    return `use "includes" to test the multiple-choice question "${target.question.id}"`;
  const values = 'equals' in leaf ? [leaf.equals] : leaf.in;
  const expectsNumber = kind === 'scale' || kind === 'number';
  for (const value of values) {
    if ((typeof value === 'number') !== expectsNumber) {
      return `${JSON.stringify(value)} can never match question "${target.question.id}", which takes ${expectsNumber ? 'numbers' : 'text'}`;
    }
    if (allowed !== undefined && !allowed.includes(value)) return describe(value);
  }
  return undefined;
}

/**
 * A condition may only test questions asked earlier: then visibility is decided in one pass in
 * order, and the tested value must be one the question can actually take.
 */
export function checkConditions(definition: Questionnaire): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const index = indexQuestions(definition);
  for (const located of locateQuestions(definition)) {
    if (located.question.showIf === undefined) continue;
    for (const { leaf, path } of leaves(located.question.showIf, ['showIf'])) {
      const target = index.get(leaf.question);
      if (target === undefined) {
        problems.push(
          questionProblem(located, path, `condition refers to unknown question "${leaf.question}"`),
        );
      } else if (target.order >= located.order) {
        problems.push(
          questionProblem(
            located,
            path,
            `condition refers to "${leaf.question}", which is not asked before this question`,
          ),
        );
      } else {
        const message = checkLeaf(leaf, target, definition);
        if (message !== undefined) problems.push(questionProblem(located, path, message));
      }
    }
  }
  return problems;
}
