import {
  indexQuestions,
  type LocatedQuestion,
  locateQuestions,
  type QuestionnaireProblem,
  questionProblem,
} from './questionnaire-problem.ts';
import type { Condition, Question, Questionnaire } from './schema.ts';
import { unknownQuestionKind } from './unknown-question-kind.ts';

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

/** What a condition compares an answer with: one text value, one number, or a list of chosen values. */
export type ComparedAs = 'text' | 'number' | 'selection';

/**
 * How conditions see a question's answers, and the values they may compare against (undefined when
 * any value of the type fits).
 */
export function comparison(
  question: Question,
  definition: { scales: ReadonlyArray<Questionnaire['scales'][number]> },
): { as: ComparedAs; allowed: ReadonlyArray<string | number> | undefined } {
  switch (question.kind) {
    case 'single':
      return { as: 'text', allowed: question.options.map((option) => option.value) };
    case 'multiple':
      return { as: 'selection', allowed: question.options.map((option) => option.value) };
    case 'yes-no':
      return { as: 'text', allowed: ['yes', 'no'] };
    case 'scale': {
      const scale = definition.scales.find((candidate) => candidate.id === question.scale);
      return { as: 'number', allowed: scale?.points.map((point) => point.value) ?? [] };
    }
    case 'number':
      return { as: 'number', allowed: undefined };
    case 'text':
      return { as: 'text', allowed: undefined };
    default:
      return unknownQuestionKind(question);
  }
}

function checkLeaf(leaf: Leaf, target: LocatedQuestion, definition: Questionnaire): string | undefined {
  if ('answered' in leaf) return undefined;
  const kind = target.question.kind;
  const { as, allowed } = comparison(target.question, definition);
  const describe = (value: string | number) =>
    `${JSON.stringify(value)} is not a value of question "${target.question.id}" (${allowed?.map((item) => JSON.stringify(item)).join(', ')})`;
  if ('includes' in leaf) {
    if (as !== 'selection')
      return `"includes" only works on a multiple-choice question; "${target.question.id}" is ${kind}`;
    return allowed?.includes(leaf.includes) ? undefined : describe(leaf.includes);
  }
  if ('atLeast' in leaf) {
    return as === 'number'
      ? undefined
      : `"atLeast" only works on a scale or number question; "${target.question.id}" is ${kind}`;
  }
  if (as === 'selection')
    return `use "includes" to test the multiple-choice question "${target.question.id}"`;
  const values = 'equals' in leaf ? [leaf.equals] : leaf.in;
  const expectsNumber = as === 'number';
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
