import type { AnswerRecord, AnswerValue } from '../questionnaires/answers.ts';
import { compileCondition } from '../questionnaires/compile-condition.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { comparison } from './check-condition-values.ts';
import type { FrameworkPackProblem } from './framework-pack-problem.ts';
import type { FrameworkPack } from './framework-pack-schema.ts';
import { conditionLeaves, exclusivePairs, type Leaf } from './pack-conditions.ts';
import { indexPackQuestions, type PackQuestion } from './pack-questions.ts';

/** Past this many answer combinations a pair is not searched (packs' conditions read a handful of questions). */
const searchLimit = 20_000;
const unsure: AnswerValue = { unsure: true };

/**
 * A requirement met and the same requirement not met must never both hold, or a report would
 * claim both. Searched over every answer that can make a difference: each option or scale point,
 * around each number a condition names, the text values named plus one other, each combination of
 * the options tested with "includes", "I don't know" where allowed, and no answer at all.
 */
export function checkExclusiveConditions(
  pack: FrameworkPack,
  questionnaires: readonly Questionnaire[],
): FrameworkPackProblem[] {
  const index = indexPackQuestions(pack, questionnaires);
  return exclusivePairs(pack).flatMap(({ met, notMet, what }) => {
    const leaves = [met, notMet].flatMap(({ condition, path }) => conditionLeaves(condition, path));
    const questionIds = [...new Set(leaves.map(({ leaf }) => leaf.question))];
    const choices: Array<Array<AnswerValue | undefined>> = [];
    for (const questionId of questionIds) {
      const targets = index.get(questionId);
      // An unknown question is reported by checkPackReferences.
      if (targets === undefined) return [];
      const tested = leaves.flatMap(({ leaf }) => (leaf.question === questionId ? [leaf] : []));
      choices.push(candidateValues(targets, tested));
    }
    if (choices.reduce((count, values) => count * values.length, 1) > searchLimit) return [];
    const holdsMet = compileCondition(met.condition).holds;
    const holdsNotMet = compileCondition(notMet.condition).holds;
    for (const values of combinations(choices)) {
      const answers = new Map<string, AnswerRecord>();
      values.forEach((value, position) => {
        const questionId = questionIds[position];
        if (value !== undefined && questionId !== undefined)
          answers.set(questionId, { value, answeredAt: '' });
      });
      if (holdsMet(answers) && holdsNotMet(answers)) {
        const when = questionIds.map((questionId, position) => `${questionId} ${inWords(values[position])}`);
        return [
          {
            path: met.path.slice(0, -1),
            message: `${what} both hold when ${when.join(' and ')}; at most one of them may hold`,
          },
        ];
      }
    }
    return [];
  });
}

function candidateValues(
  targets: readonly PackQuestion[],
  tested: readonly Leaf[],
): Array<AnswerValue | undefined> {
  const values: Array<AnswerValue | undefined> = [undefined];
  if (targets.some(({ question }) => question.allowUnsure)) values.push(unsure);
  const named = tested.flatMap((leaf) =>
    'equals' in leaf ? [leaf.equals] : 'in' in leaf ? leaf.in : 'atLeast' in leaf ? [leaf.atLeast] : [],
  );
  for (const target of targets) {
    const { as, allowed } = comparison(target);
    if (as === 'selection')
      values.push(
        ...subsets([...new Set(tested.flatMap((leaf) => ('includes' in leaf ? [leaf.includes] : [])))]),
      );
    else if (allowed !== undefined) values.push(...allowed);
    else if (as === 'number') values.push(...around(named.filter((value) => typeof value === 'number')));
    else values.push(...named.filter((value) => typeof value === 'string'), otherText(named));
  }
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value ?? null);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Each number named, one between each two, and one beyond each end: every answer a number test can tell apart. */
function around(numbers: readonly number[]): number[] {
  const sorted = [...new Set(numbers)].sort((left, right) => left - right);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return [0];
  const between = sorted.slice(1).map((value, index) => ((sorted[index] ?? value) + value) / 2);
  return [first - 1, ...sorted, ...between, last + 1];
}

/** A text no condition names, to stand for every such answer. */
function otherText(named: ReadonlyArray<string | number>): string {
  let text = 'some other text';
  while (named.includes(text)) text = `${text}, again`;
  return text;
}

function subsets(items: readonly string[]): string[][] {
  const all: string[][] = [[]];
  for (const item of items) for (const subset of [...all]) all.push([...subset, item]);
  return all;
}

function* combinations<T>(choices: ReadonlyArray<readonly T[]>): Generator<T[]> {
  const [head, ...tail] = choices;
  if (head === undefined) {
    yield [];
    return;
  }
  for (const value of head) for (const rest of combinations(tail)) yield [value, ...rest];
}

function inWords(value: AnswerValue | undefined): string {
  if (value === undefined) return 'is unanswered';
  if (typeof value === 'object' && !Array.isArray(value)) return 'is "I don\'t know"';
  if (Array.isArray(value))
    return value.length === 0
      ? 'has none chosen'
      : `has ${value.map((item) => JSON.stringify(item)).join(', ')} chosen`;
  return `is ${JSON.stringify(value)}`;
}
