import type { Answers } from './answers.ts';
import { isUnsure } from './answers.ts';
import type { Condition } from './schema.ts';

/** Whether a `showIf` condition holds for these answers. An unanswered or "unsure" question satisfies no value test. */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((inner) => evaluateCondition(inner, answers));
  if ('any' in condition) return condition.any.some((inner) => evaluateCondition(inner, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);

  const value = Object.hasOwn(answers, condition.question) ? answers[condition.question]?.value : undefined;
  if ('answered' in condition) return (value !== undefined) === condition.answered;
  if (value === undefined || isUnsure(value)) return false;
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition)
    return (typeof value === 'string' || typeof value === 'number') && condition.in.includes(value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  return typeof value === 'number' && value >= condition.atLeast;
}
